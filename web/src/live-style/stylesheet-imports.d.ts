// Vite bundles a component's stylesheet when the component imports it; TypeScript only needs to know such imports exist.
declare module '*.css';
