import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
function x(){let i=[],u={run:r,use:p};return u;function r(...n){let h=-1,t=n.pop();if(typeof t!="function")throw new TypeError("Expected function as last argument, not "+t);o(null,...n);function o(e,...f){let c=i[++h],l=-1;if(e){t(e);return}for(;++l<n.length;)(f[l]===null||f[l]===void 0)&&(f[l]=n[l]);n=f,c?s(c,o)(...f):t(null,...f)}}function p(n){if(typeof n!="function")throw new TypeError("Expected `middelware` to be a function, not "+n);return i.push(n),u}}function s(i,u){let r;return p;function p(...t){let o=i.length>t.length,e;o&&t.push(n);try{e=i.apply(this,t)}catch(f){let c=f;if(o&&r)throw c;return n(c)}o||(e&&e.then&&typeof e.then=="function"?e.then(h,n):e instanceof Error?n(e):h(e))}function n(t,...o){r||(r=!0,u(t,...o))}function h(t){n(null,t)}}export{x as a,s as b};
