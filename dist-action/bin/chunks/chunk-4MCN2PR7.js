import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
var f=(function(t,i,c){let r=i||'"',o=c||r,n=-1;if(Array.isArray(t)){let s=t,e=[];for(;++n<s.length;)e[n]=r+s[n]+o;return e}if(typeof t=="string")return r+t+o;throw new TypeError("Expected string or array of strings")});export{f as a};
