/**
 * Numeric attributes kept within the ranges the README documents. A browser's timer wraps past 2^31 - 1 ms (about
 * 24.8 days): `refresh="40000"` would fire at once, and keep firing, for every visitor. An out-of-range value gets
 * the nearest valid one and a console warning that says so.
 */

export interface SettingRange {
  /** The attribute's name, for the warning. */
  name: string;
  unit: string;
  min: number;
  max: number;
  /** The value used for an empty or unreadable attribute; undefined means "off". */
  fallback: number | undefined;
  /** A value of 0 means "off" rather than "too small". */
  zeroIsOff?: boolean;
}

export const TIMEOUT_SECONDS: SettingRange = { name: 'timeout', unit: 'seconds', min: 1, max: 300, fallback: 15 };
export const REFRESH_MINUTES: SettingRange = {
  name: 'refresh',
  unit: 'minutes',
  min: 5 / 60,
  max: 24 * 60,
  fallback: undefined,
  zeroIsOff: true,
};

export interface Setting {
  value: number | undefined;
  /** Why the written value was not used as it is. */
  warning?: string;
}

export function readSetting(written: number | null | undefined, range: SettingRange): Setting {
  if (written === undefined || written === null) return { value: range.fallback };
  const said = `leerroutes-kaart: ${range.name}="${written}"`;
  if (Number.isNaN(written)) {
    return { value: range.fallback, warning: `${said} is not a number; ${describe(range.fallback, range)} is used.` };
  }
  if (written === 0 && range.zeroIsOff) return { value: undefined };
  if (written < range.min || written > range.max) {
    const value =
      written < range.min && range.zeroIsOff && written < 0
        ? undefined
        : Math.min(range.max, Math.max(range.min, written));
    const allowed = `${round(range.min)} to ${round(range.max)} ${range.unit}`;
    return { value, warning: `${said} is outside ${allowed}; ${describe(value, range)} is used.` };
  }
  return { value: written };
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);
const describe = (value: number | undefined, range: SettingRange) =>
  value === undefined ? 'no value (off)' : `${round(value)} ${range.unit}`;
