import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b}from"./chunk-6EIVQIEU.js";import"./chunk-5MN6LHR3.js";import"./chunk-24HFG5T6.js";import"./chunk-USJJH6RG.js";import"./chunk-MGEHGOKB.js";import"./chunk-BZXQZWVT.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as createJobSetup,b as runFileJob};
