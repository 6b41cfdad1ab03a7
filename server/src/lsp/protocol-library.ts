/**
 * vscode-languageserver/node, for every server module that needs its values
 * (types may come from the package itself). It is a CommonJS package: the
 * bundler wraps it for each ES module that imports it, copying its 321
 * exports each time (14 modules: about 7 ms of every server start), and only
 * once for this one.
 */
export * from 'vscode-languageserver/node';
