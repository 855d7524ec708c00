/**
 * A derived value that is computed on first read and again only after one of its inputs changed (compared by
 * identity). The store's derived views are made of these, so none has to be dropped by hand when an input changes:
 * each names what it depends on, once, beside how it is computed.
 */
export function memo<Inputs extends readonly unknown[], Value>(
  inputs: () => Inputs,
  compute: (inputs: Inputs) => Value,
): () => Value {
  let last: { inputs: Inputs; value: Value } | undefined;
  return () => {
    const now = inputs();
    if (!last || now.length !== last.inputs.length || now.some((input, i) => !Object.is(input, last!.inputs[i]))) {
      last = { inputs: now, value: compute(now) };
    }
    return last.value;
  };
}
