/** CSS files imported from TypeScript arrive as their text (build/css-string.mjs). */
declare module '*.css' {
  const cssText: string;
  export default cssText;
}
