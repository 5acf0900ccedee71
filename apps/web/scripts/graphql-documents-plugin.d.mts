import type { Plugin } from 'vite';

/**
 * In `vite build`, replaces each `graphql(\`…\`)` call under `srcDir` with an import of that
 * document alone (see graphql-documents-plugin.mjs).
 * @param srcDir the app's src/ (absolute); its `graphql/` subfolder is codegen's output.
 */
export function graphqlDocumentsPlugin(srcDir: string): Plugin;
