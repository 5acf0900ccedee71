import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router uses them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The suite runs beside the API and browser suites on a 2-core machine, where a page's first render
// can take seconds: wait longer for what appears (findBy*, waitFor) and per test than the defaults.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
