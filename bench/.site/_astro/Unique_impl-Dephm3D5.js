import{B as E,C as v,h as T}from"./index-DP1quzDa.js";import{d as y,eM as N,s as P,eN as G,eD as A,bz as k,eE as z,dO as B,eB as $,eO as M,bc as w,eP as O,al as W,T as b}from"./selu_util-CkiMOtEA.js";/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function L(s,a){Array.isArray(s)||(s=[s]),s.forEach(t=>{t!=null&&y(t.dtype!=="complex64",()=>`${a} does not support complex64 tensors in the CPU backend.`)})}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function j(s,a,t,i){const o=N(t,P(a));if(i&&t!=="string"){let e=0;s.forEach(r=>{const f=P(r.shape);o.set(r.vals,e),e+=f})}else{let e=0;s.forEach(r=>{const f=t==="string"?E(r.vals):r.vals;let n=0;for(let c=0;c<r.shape[0];++c){const h=c*a[1]+e;for(let l=0;l<r.shape[1];++l)o[h+l]=f[n++]}e+=r.shape[1]})}return o}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function R(s,a,t,i){const o=s===a,e=s<a&&t<0,r=a<s&&t>1;if(o||e||r)return G(0,i);const f=Math.abs(Math.ceil((a-s)/t)),n=G(f,i);a<s&&t===1&&(t=-1),n[0]=s;for(let c=1;c<n.length;c++)n[c]=n[c-1]+t;return n}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function C(s,a,t,i,o){const e=A(i,a,t),r=P(t),f=k(i);if(e){const l=z(a,f);return o==="string"?s.slice(l,l+r):s.subarray(l,l+r)}const n=o==="string"?E(s):s,c=v(i,o,n),h=v(t,o);for(let l=0;l<h.size;++l){const m=h.indexToLoc(l),p=m.map((u,S)=>u+a[S]);h.set(c.get(...p),...m)}return o==="string"?T(h.values):h.values}function D(s){const{inputs:a,backend:t,attrs:i}=s,{x:o}=a,{begin:e,size:r}=i;L(o,"slice");const[f,n]=$(o,e,r);M(o,f,n);const c=t.data.get(o.dataId).values,h=C(c,f,n,o.shape,o.dtype);return t.makeTensorInfo(n,o.dtype,h)}const H={kernelName:B,backendName:"cpu",kernelFunc:D};/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */class F{constructor(a,t,i,o,e,r){this.separator=w(a),this.nGramWidths=t,this.leftPad=w(i),this.rightPad=w(o),this.padWidth=e,this.preserveShort=r}getPadWidth(a){return Math.min(this.padWidth<0?a-1:this.padWidth,a-1)}getNumNGrams(a,t){const i=this.getPadWidth(t);return Math.max(0,a+2*i-t+1)}createNGrams(a,t,i,o,e,r){for(let f=0;f<e;++f){const n=this.getPadWidth(r),c=Math.max(0,n-f),h=Math.max(0,n-(e-(f+1))),l=r-(c+h),m=t+(c>0?0:f-n);let p=0;p+=c*this.leftPad.length;for(let g=0;g<l;++g)p+=a[m+g].length;p+=h*this.rightPad.length;const u=c+h+l-1;p+=u*this.separator.length,i[o+f]=new Uint8Array(p);const S=i[o+f];let x=0;const d=g=>g.forEach(I=>S[x++]=I);for(let g=0;g<c;++g)d(this.leftPad),d(this.separator);for(let g=0;g<l-1;++g)d(a[m+g]),d(this.separator);if(l>0){d(a[m+l-1]);for(let g=0;g<h;++g)d(this.separator),d(this.rightPad)}else{for(let g=0;g<h-1;++g)d(this.rightPad),d(this.separator);d(this.rightPad)}}}compute(a,t){const i=a.length,o=t.length;if(o>0){let n=t[0];if(n!==0)throw new Error(`First split value must be 0, got ${n}`);for(let c=1;c<o;++c){let h=t[c]>=n;if(h=h&&t[c]<=i,!h)throw new Error(`Invalid split value ${t[c]}, must be in [${n}, ${i}]`);n=t[c]}if(n!==i)throw new Error(`Last split value must be data size. Expected ${i}, got ${n}`)}const e=o-1,r=N("int32",o);if(i===0||o===0){const n=new Array(i);for(let c=0;c<=e;++c)r[c]=0;return[n,r]}r[0]=0;for(let n=1;n<=e;++n){const c=t[n]-t[n-1];let h=0;this.nGramWidths.forEach(l=>{h+=this.getNumNGrams(c,l)}),this.preserveShort&&c>0&&h===0&&(h=1),r[n]=r[n-1]+h}const f=new Array(r[e]);for(let n=0;n<e;++n){const c=t[n];let h=r[n];if(this.nGramWidths.forEach(l=>{const m=t[n+1]-t[n],p=this.getNumNGrams(m,l);this.createNGrams(a,c,f,h,p,l),h+=p}),this.preserveShort&&h===r[n]){const l=t[n+1]-t[n];if(l===0)continue;const m=l+2*this.padWidth;this.createNGrams(a,c,f,h,1,m)}}return[f,r]}}function Z(s,a,t,i,o,e,r,f){return new F(t,i,o,e,r,f).compute(s,a)}/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function U(s,a,t,i){if(!s.length)return;if(a.length===0){for(let e=0;e<s.length;++e)i.push(s.subarray(e,e+1));return}if(a.length===1){const e=a[0];let r=s.indexOf(e);for(;r!==-1;){const f=s.subarray(0,r);(!t||f.length!==0)&&i.push(f),s=s.subarray(r+1),r=s.indexOf(e)}(!t||s.length!==0)&&i.push(s);return}let o=0;for(let e=0;e<s.length+1;e++)if(e===s.length||a.indexOf(s[e])!==-1){const r=s.subarray(o,e);(!t||r.length!==0)&&i.push(r),o=e+1}}function J(s,a,t){const i=s.length,o=[];let e=0,r=0;const f=new Array(i);for(let m=0;m<i;++m){const p=o.length;U(s[m],a,t,o);const u=o.length-p;f[m]=u,e+=u,r=Math.max(r,u)}const n=N("int32",e*2),c=new Array(e),h=[i,r];let l=0;for(let m=0;m<i;++m)for(let p=0;p<f[m];++p)n[l*2]=m,n[l*2+1]=p,c[l]=o[l],++l;return[n,c,h]}/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function K(s,a){const t=N("int32",s.length);for(let i=0;i<s.length;++i)t[i]=O(s[i]).modulo(a).getLowBitsUnsigned();return t}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Q(s,a,t,i){const o=W(a,t)[0],e=[1,t[0],1];for(let u=0;u<o;u++)e[0]*=t[u];e[1]=t[o];for(let u=o+1;u<t.length;u++)e[2]*=t[u];const r=new Map,f=new Int32Array(t[o]),n=new b(e,i,s),c=[],h=e[0]===1&&e[2]===1;for(let u=0;u<t[o];u++){let S;if(h)S=s[u].toString();else{const d=[];for(let g=0;g<e[0];g++)for(let I=0;I<e[2];I++)d.push(n.get(g,u,I));S=d.join(",")}const x=r.get(S);if(x!=null)f[u]=x;else{const d=r.size;r.set(S,d),f[u]=d,c.push(u)}}const l=e.slice();l[1]=r.size;const m=new b(l,i);c.forEach((u,S)=>{for(let x=0;x<e[0];x++)for(let d=0;d<e[2];d++)m.set(n.get(x,u,d),x,S,d)});const p=t.slice();return p[o]=l[1],{outputValues:m.values,outputShape:p,indices:f}}export{Z as a,J as b,j as c,K as d,L as e,D as f,H as g,R as r,C as s,Q as u};
