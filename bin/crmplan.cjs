#!/usr/bin/env node
// V8 keeps the bundle's compiled code between runs (Node 22.1+): start-up skips most of the compiling.
require('node:module').enableCompileCache?.();
require('../out/cli.cjs');
