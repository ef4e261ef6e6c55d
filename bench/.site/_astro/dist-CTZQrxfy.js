import{B as ge,D as Lt,C as nt,E as Ts,F as Ms,R as Rs,G as Fs,H as Ds,n as Vs,m as Es,l as As,s as Ws,r as Os,u as $s,q as zs,o as Ps,v as Ve,y as Hs,x as Ls,w as Bs,I as Gs,g as Ge,a as qe,b as _e,c as qs,d as _s,e as js,f as me,J as Us,K as Xs,L as Ys,M as Ks,N as Zs,O as Js,P as Qs,Q as ta,S as ea,T as na,U as sa,V as je,W as aa,X as oa,Y as ra,Z as ia,_ as ca,$ as la,p as da,i as ua,a0 as pa,a1 as fa,a2 as ha,a3 as ma,j as ga,k as xe,z as Ia}from"./index-DP1quzDa.js";import{e as G,f as Bt,c as ka,r as xa,a as ba,b as ya,d as Sa,u as wa,g as Ca}from"./Unique_impl-Dephm3D5.js";import{A as Na,s as q,aN as ce,bz as X,bJ as ft,cB as ne,eQ as jt,eR as yt,cP as va,eN as xt,de as Ta,dD as Ma,cO as Ra,eS as Fa,eT as le,cI as Ue,X as Xe,eM as ut,Z as Ye,d6 as Ke,d7 as Ze,as as Je,d9 as Qe,da as tn,dc as en,dd as nn,di as sn,dj as an,dk as on,du as rn,aX as cn,dv as ln,dw as Da,eU as be,a$ as dn,dX as Va,b7 as Ea,al as gt,cA as wt,cC as Ct,am as $t,cx as Tt,cG as Jt,d as dt,ch as Aa,J as Wa,e0 as Oa,dJ as un,T as pt,dL as pn,dR as fn,bu as hn,cg as mn,dU as gn,eV as Yt,dg as $a,c_ as za,ec as Ee,e as Pa,cH as Ha,bd as La,bc as Ba,eW as Ga,co as In,eJ as Ae,el as qa,ag as kn,ay as _a,b6 as ja,bh as xn,bi as bn,dF as Ua,eC as Xa,cL as Ya,bT as Ka,q as yn,r as Sn,u as Za,v as Ja,cr as zt,w as Qa,x as to,y as eo,z as wn,B as Cn,D as Nn,G as vn,H as Tn,L as no,I as ye,b3 as Qt,t as Se,M as so,cy as de,cJ as ao,cK as oo,V as ro,cM as io,W as co,Y as lo,a0 as Mn,C as uo,df as po,cQ as fo,cR as ho,cz as we,bM as Ut,cS as mo,cT as go,a4 as Io,cu as Ce,cU as ko,cV as xo,cW as Rn,cX as Fn,bU as bo,cY as yo,eX as So,cD as Dn,cZ as wo,a6 as Co,a7 as No,a8 as vo,c$ as To,d0 as Mo,a9 as Ro,aa as Fo,cw as Ne,d1 as We,eY as Ht,eZ as Vn,d2 as Oe,ck as Do,dV as Vo,af as Eo,d4 as Ao,ai as En,d8 as Wo,dE as An,bo as Oo,$ as $o,_ as zo,bV as Po,bN as Ho,bQ as Lo,bH as Bo,db as Go,bp as qo,av as Wn,aw as On,ax as $n,az as _o,aC as zn,dm as Pn,dn as Hn,aO as Ln,aB as jo,dh as Uo,aj as Xo,aS as Yo,aT as Ko,ds as Zo,dt as Jo,aU as Qo,aV as tr,ak as er,aY as nr,aZ as Bn,bn as sr,a_ as ar,bX as or,bZ as rr,bY as ir,b0 as cr,d$ as lr,b1 as dr,dy as ur,aE as pr,dz as fr,dB as Gn,b8 as hr,b9 as mr,ba as gr,bf as Ir,bg as qn,b_ as kr,dG as xr,b$ as br,dH as yr,dI as Sr,bW as wr,bk as _n,bF as Cr,aR as Nr,dK as vr,bl as jn,cp as Tr,cq as Mr,bm as Un,dM as Xn,dN as Yn,aI as Kn,dP as Rr,c9 as Fr,ca as Dr,cb as Vr,cc as Er,bG as Ar,dQ as Wr,dS as Or,dT as Zn,bw as $r,eF as zr,eG as Pr,cd as Hr,ce as Lr,cf as Br,bx as Jn,N as Qn,bA as Gr,dW as qr,bB as _r,c2 as jr,e_ as ve,bC as Ur,dY as Xr,dZ as Yr,en as Kr}from"./selu_util-CkiMOtEA.js";/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Zr(o){const s=new Float32Array(o.length);for(let t=0;t<o.length;++t)s[t]=Math.abs(o[t]);return s}const Jr=o=>{const{x:s}=o.inputs,t=o.backend;G(s,"abs");let n=new Float32Array(q(s.shape));const e=t.data.get(s.dataId).values;return n=Zr(e),t.makeOutput(n,s.shape,s.dtype)},Qr={kernelName:Na,backendName:"cpu",kernelFunc:Jr};/**
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
 */function it(o){return(s,t,n,e,a)=>{const c=ce(s,t),i=c.length,r=X(c),d=q(c),l=ft(a,d),u=s.length,p=t.length,h=X(s),m=X(t),g=ne(s,c),f=ne(t,c);if(g.length+f.length===0)for(let I=0;I<l.length;++I)l[I]=o(n[I%n.length],e[I%e.length]);else for(let I=0;I<l.length;++I){const k=jt(I,i,r),b=k.slice(-u);g.forEach(w=>b[w]=0);const x=yt(b,u,h),y=k.slice(-p);f.forEach(w=>y[w]=0);const S=yt(y,p,m);l[I]=o(n[x],e[S])}return[l,c]}}/**
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
 */function mt(o){const{inputs:s,backend:t}=o,{real:n,imag:e}=s,a=t.data.get(n.dataId).values,c=t.data.get(e.dataId).values,i=t.makeTensorInfo(n.shape,"complex64"),r=t.data.get(i.dataId);return r.complexTensorInfos={real:t.makeTensorInfo(n.shape,"float32",a),imag:t.makeTensorInfo(e.shape,"float32",c)},i}const ti={kernelName:va,backendName:"cpu",kernelFunc:mt};/**
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
 */function se(o,s,t="float32"){if(t==="complex64"){const e=se(o,s,"float32"),a=se(o,s,"float32");return mt({inputs:{real:e,imag:a},backend:o})}const n=xt(q(s),t);return o.makeTensorInfo(s,t,n)}/**
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
 */function St(o){const{inputs:s,backend:t}=o,{x:n}=s;return t.incRef(n.dataId),{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}const ei={kernelName:Ta,backendName:"cpu",kernelFunc:St};/**
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
 */function Ot(o){const{inputs:s,backend:t}=o,{input:n}=s,e=t.data.get(n.dataId).complexTensorInfos.real,a=t.data.get(e.dataId).values;return t.makeTensorInfo(e.shape,e.dtype,a)}const ni={kernelName:Ma,backendName:"cpu",kernelFunc:Ot};/**
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
 */function si(o,s,t,n){if(n==="int32"){const e=Int32Array.from(o);return[s,"int32",e]}if(n==="bool"){const e=le([0],t),[a,c]=it((i,r)=>i!==r?1:0)(s,[],o,e,"bool");return[c,"bool",a]}throw new Error(`Error in Cast: failed to cast ${t} to ${n}`)}function Vt(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{dtype:a}=n;if(a==="complex64"){if(e.dtype==="complex64")return St({inputs:{x:e},backend:t});const l=se(t,e.shape,e.dtype),u=Vt({inputs:{x:e},backend:t,attrs:{dtype:"float32"}}),p=mt({inputs:{real:u,imag:l},backend:t});return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(u),p}if(e.dtype==="complex64"){const l=Ot({inputs:{input:e},backend:t}),u=Vt({inputs:{x:l},backend:t,attrs:{dtype:a}});return t.disposeIntermediateTensorInfo(l),u}if(!Fa(e.dtype,a)){const l=St({inputs:{x:e},backend:t});return{dataId:l.dataId,shape:l.shape,dtype:a}}const c=t.data.get(e.dataId).values,[i,r,d]=si(c,e.shape,e.dtype,a);return t.makeTensorInfo(i,r,d)}const ai={kernelName:Ra,backendName:"cpu",kernelFunc:Vt};/**
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
 */function ct(o,s,t,n){return t==null?({inputs:e,backend:a})=>{const{a:c,b:i}=e,r=a;G([c,i],o);const d=r.data.get(c.dataId).values,l=r.data.get(i.dataId).values,u=c.dtype==="string"?ge(d):d,p=c.dtype==="string"?ge(l):l,h=n||c.dtype,[m,g]=s(c.shape,i.shape,u,p,h);return r.makeTensorInfo(g,h,m)}:({inputs:e,backend:a})=>{const{a:c,b:i}=e,r=a;if(c.dtype==="complex64"||i.dtype==="complex64"){const d=Vt({inputs:{x:c},backend:r,attrs:{dtype:"complex64"}}),l=r.data.get(d.dataId),u=l.complexTensorInfos.real,p=l.complexTensorInfos.imag,h=r.data.get(u.dataId).values,m=r.data.get(p.dataId).values,g=Vt({inputs:{x:i},backend:r,attrs:{dtype:"complex64"}}),f=r.data.get(g.dataId),I=f.complexTensorInfos.real,k=f.complexTensorInfos.imag,b=r.data.get(I.dataId).values,x=r.data.get(k.dataId).values,[y,S,w]=t(c.shape,i.shape,h,m,b,x),C=r.makeTensorInfo(w,"float32",y),R=r.makeTensorInfo(w,"float32",S),F=mt({inputs:{real:C,imag:R},backend:r});return r.disposeIntermediateTensorInfo(d),r.disposeIntermediateTensorInfo(g),r.disposeIntermediateTensorInfo(C),r.disposeIntermediateTensorInfo(R),F}else{const d=r.data.get(c.dataId).values,l=r.data.get(i.dataId).values,u=n||c.dtype,[p,h]=s(c.shape,i.shape,d,l,u);return r.makeTensorInfo(h,u,p)}}}function Te(o){return(s,t,n,e,a,c)=>{const i=ce(s,t),r=q(i),d=i.length,l=X(i),u=ft("float32",r),p=ft("float32",r),h=ne(s,i),m=ne(t,i),g=Lt(n,e),f=Lt(a,c),I=s.length,k=X(s),b=t.length,x=X(t);if(h.length+m.length===0)for(let y=0;y<u.length;y++){const S=y%g.length,w=y%f.length,C=o(g[S*2],g[S*2+1],f[w*2],f[w*2+1]);u[y]=C.real,p[y]=C.imag}else for(let y=0;y<u.length;y++){const S=jt(y,d,l),w=S.slice(-I);h.forEach(W=>w[W]=0);const C=yt(w,I,k),R=S.slice(-b);m.forEach(W=>R[W]=0);const F=yt(R,b,x),E=o(g[C*2],g[C*2+1],f[F*2],f[F*2+1]);u[y]=E.real,p[y]=E.imag}return[u,p,i]}}/**
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
 */const oi=it(((o,s)=>o+s)),ri=Te(((o,s,t,n)=>({real:o+t,imag:s+n}))),Gt=ct(Ue,oi,ri),ii={kernelName:Ue,backendName:"cpu",kernelFunc:Gt};/**
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
 */function ts(o,s,t,n,e){const a=q(n),c=xt(e,t);for(let i=0;i<o.length;i++){const r=o[i];if(r<0)throw new Error("Input x must be non-negative!");r>=e||(a>0?c[r]+=s[i]:c[r]+=1)}return c}function ci(o,s,t,n=!1){const e=o.shape[0],a=o.shape[1],c=nt([e,t],s.dtype);for(let i=0;i<e;i++)for(let r=0;r<a;r++){const d=o.get(i,r);if(d<0)throw new Error("Input x must be non-negative!");d>=t||(n?c.set(1,i,d):s.size>0?c.set(c.get(i,d)+s.get(i,r),i,d):c.set(c.get(i,d)+1,i,d))}return c}/**
 * @license
 * Copyright 2023 Google LLC.
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
 */const li=it(((o,s)=>o&s)),di=ct(Xe,li),ui={kernelName:Xe,backendName:"cpu",kernelFunc:di};/**
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
 */function Et(o){return(s,t,n)=>{const e=ut(t,s.length);for(let a=0;a<s.length;++a)e[a]=o(s[a],n);return e}}/**
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
 */function J(o,s,t){const n=Et(s);return At(o,n,t)}function At(o,s,t){return({inputs:n,attrs:e,backend:a})=>{const{x:c}=n;G(c,o);const i=a,r=i.data.get(c.dataId).values;let d;if(c.dtype==="string"){if(!Array.isArray(r))throw new Error("String tensor's value was not an instance of Array");d=ge(r)}else d=r;const l=t||c.dtype,u=s(d,l,e);return i.makeTensorInfo(c.shape,l,u)}}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const pi=Et(o=>Math.ceil(o)),fi=At(Ye,pi),hi={kernelName:Ye,backendName:"cpu",kernelFunc:fi};/**
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
 */const mi=it((o,s)=>o===s?1:0),es=ct(Ke,mi,null,"bool"),gi={kernelName:Ke,backendName:"cpu",kernelFunc:es};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Ii=Et(o=>Math.exp(o)),ns=At(Ze,Ii,"float32"),ki={kernelName:Ze,backendName:"cpu",kernelFunc:ns};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const xi=Et(o=>Math.expm1(o)),bi=At(Je,xi),yi={kernelName:Je,backendName:"cpu",kernelFunc:bi};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Si=Et(o=>Math.floor(o)),wi=At(Qe,Si),Ci={kernelName:Qe,backendName:"cpu",kernelFunc:wi};/**
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
 */const Ni=it((o,s)=>Math.floor(o/s)),vi=ct(tn,Ni,null,"int32"),Ti={kernelName:tn,backendName:"cpu",kernelFunc:vi};/**
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
 */function Mi(o,s,t,n,e,a,c,i,r){const d=nt([n,a],t);for(let l=0;l<n;l++){const u=[];let p=0;for(let h=0;h<e;h++){const m=o[l*e+h];p+=m*c[h],u.push(m)}if(p<0||p>=r/a)throw new Error(`Invalid indices: ${u} does not index into ${i}`);for(let h=0;h<a;h++)d.values[l*a+h]=s.get(...s.indexToLoc(p*a+h))}return d}/**
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
 */function Ri(o,s,t){const n=nt(t,o.dtype);for(let e=0;e<n.size;++e){const c=n.indexToLoc(e).slice(),i=c[0],r=c[2],d=s.locToIndex([i,r]);c[2]=s.values[d];const l=o.locToIndex(c);0<=l&&l<o.values.length&&(n.values[e]=o.values[l])}return n}/**
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
 */const Fi=it((o,s)=>o>s?1:0),Di=ct(en,Fi,null,"bool"),Vi={kernelName:en,backendName:"cpu",kernelFunc:Di};/**
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
 */const Ei=it((o,s)=>o>=s?1:0),Ai=ct(nn,Ei,null,"bool"),Wi={kernelName:nn,backendName:"cpu",kernelFunc:Ai};/**
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
 */const Oi=it((o,s)=>o<s?1:0),$i=ct(sn,Oi,null,"bool"),zi={kernelName:sn,backendName:"cpu",kernelFunc:$i};/**
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
 */const Pi=it((o,s)=>o<=s?1:0),Hi=ct(an,Pi,null,"bool"),Li={kernelName:an,backendName:"cpu",kernelFunc:Hi};/**
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
 */function Bi(o,s,t){const n=(s-o)/(t-1),e=xt(t,"float32");e[0]=o;for(let a=1;a<e.length;a++)e[a]=e[a-1]+n;return e}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Gi=Et(o=>Math.log(o)),qi=At(on,Gi),_i={kernelName:on,backendName:"cpu",kernelFunc:qi};/**
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
 */function ji(o,s,t,n){const e=ft(n,q(t));for(let a=0;a<e.length;++a){const c=a*s;let i=o[c];for(let r=0;r<s;++r){const d=o[c+r];(Number.isNaN(d)||d>i)&&(i=d)}e[a]=i}return e}/**
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
 */const Ui=it(((o,s)=>Math.max(o,s))),Xi=ct(rn,Ui),Yi={kernelName:rn,backendName:"cpu",kernelFunc:Xi};/**
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
 */const Ki=it(((o,s)=>Math.min(o,s))),Zi=ct(cn,Ki),Ji={kernelName:cn,backendName:"cpu",kernelFunc:Zi};/**
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
 */const ss=it(((o,s)=>o*s)),Qi=Te(((o,s,t,n)=>({real:o*t-s*n,imag:o*n+s*t}))),ue=ct(ln,ss,Qi),tc={kernelName:ln,backendName:"cpu",kernelFunc:ue};/**
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
 */function ec(o,s,t){const n=be(-1,t);return ss([],s,n,o,t)}function nc(o){const{inputs:s,backend:t}=o,{x:n}=s;G(n,"neg");const e=t.data.get(n.dataId).values,[a,c]=ec(e,n.shape,n.dtype);return t.makeTensorInfo(c,n.dtype,a)}const sc={kernelName:Da,backendName:"cpu",kernelFunc:nc};/**
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
 */const ac=it(((o,s)=>o!==s?1:0)),oc=ct(dn,ac,null,"bool"),rc={kernelName:dn,backendName:"cpu",kernelFunc:oc};/**
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
 */function as(o,s,t,n,e){const a=s.length,c=q(s),i=X(s),r=X(e),d=ft(t,q(e));for(let l=0;l<c;++l){const u=jt(l,a,i),p=new Array(u.length);for(let m=0;m<p.length;m++)p[m]=u[n[m]];const h=yt(p,a,r);d[h]=o[l]}return d}/**
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
 */function ht(o){const{inputs:s,attrs:t,backend:n}=o,{x:e}=s,{perm:a}=t;G(e,"transpose");const c=e.shape.length,i=new Array(c);for(let u=0;u<i.length;u++)i[u]=e.shape[a[u]];const r=n.data.get(e.dataId).values,d=as(r,e.shape,e.dtype,a,i);return{dataId:n.write(d,i,e.dtype),shape:i,dtype:e.dtype}}const ic={kernelName:Va,backendName:"cpu",kernelFunc:ht};/**
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
 */function cc(o,s,t,n){const[e,a]=Tt(o,n),c=Jt(s,"int32"),i=xt(q(e),c),r=q(a);for(let d=0;d<i.length;++d){const l=d*r;let u=1;for(let p=0;p<r;++p)u*=t[l+p];i[d]=u}return{outVals:i,outShape:e,outDtype:c}}function lc(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n;G(e,"prod");const i=e.shape.length,r=gt(a,e.shape),d=wt(r,i);let l=r,u=e;const p=[];d!=null&&(u=ht({inputs:{x:e},backend:t,attrs:{perm:d}}),p.push(u),l=Ct(l.length,i));const h=t.data.get(u.dataId).values,{outVals:m,outShape:g,outDtype:f}=cc(u.shape,u.dtype,h,l);let I=g;return c&&(I=$t(g,r)),p.forEach(k=>t.disposeIntermediateTensorInfo(k)),t.makeTensorInfo(I,f,m)}const dc={kernelName:Ea,backendName:"cpu",kernelFunc:lc};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function uc(o,s,t){o.forEach((n,e)=>{if(n<0||n>=t){const a=jt(e,s.length,X(s)).join(",");throw new Error(`indices[${a}] = ${n} is not in [0, ${t})`)}})}function pc(o,s){for(let t=0;t<o.length;++t){const n=o[t],e=t===o.length-1?s:o[t+1].length;if(n.length===0)throw new Error("Ragged splits may not be empty");if(n[0]<0)throw new Error("Ragged splits must be non-negative");if(n[n.length-1]>e)throw new Error("Ragged splits must not point past values");for(let a=1;a<n.length;++a)if(n[a-1]>n[a])throw new Error("Ragged splits must be sorted in ascending order")}}function fc(o,s,t,n){const e=[];let a=0;const c=s.length-1+t.length,i=new Array(c).fill(null).map(()=>[0]);pc(t,n);let r=1;for(let d=0;d<s.length-1;++d){r*=s[d];const l=s[d+1];for(let u=1;u<r+1;++u)i[d].push(u*l)}for(let d=0;d<o.length;++d){let l=o[d],u=o[d]+1;for(let p=0;p<t.length;++p){const h=t[p],m=p+s.length-1;if(m>=0){const g=i[m],f=g[g.length-1]-h[l];for(let I=l;I<u;++I)i[m].push(h[I+1]+f)}l=h[l],u=h[u]}u!==l&&(e.push([l,u]),a+=u-l)}return{outSplits:i,valueSlices:e,numValues:a}}function hc(o){const s=[];for(let t=0;t<o.length;++t){const n=o[t].length,e=ut("int32",n);s.push(e),o[t].forEach((a,c)=>e[c]=a)}return s}function $e(o,s){const t=o.slice(0,s);for(;t.length<s;)t.push(1);for(let n=s;n<o.length;n++)t[s-1]*=o[n];return t}function mc(o,s,t,n,e,a){const c=$e(s,2)[1],i=$e(a,2)[1];let r=0;for(const d of t)for(let l=d[0];l<d[1];++l){for(let u=0;u<n;++u)e[r*i+u]=o[l*c+u];++r}}function gc(o,s,t,n,e){const a=s.slice();a[0]=e;const c=ut(t,q(a)),i=o.length,r=i===0?0:i/s[0];return mc(o,s,n,r,c,a),[c,a]}function Ic(o,s,t,n,e,a,c,i){if(o.length===0)throw new Error("paramsNestedSplits must be non empty");if(s[0].length===0)throw new Error("Split tensors must not be scalars");const r=s[0][0]-1;if(uc(a,c,r),n.length===0)throw new Error("params.rank must be nonzero");const d=n[0],{outSplits:l,valueSlices:u,numValues:p}=fc(a,c,o,d),h=hc(l),m=gc(t,n,e,u,p);return[h,m[0],m[1]]}/**
 * @license
 * Copyright 2022 Google LLC.
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
 */const ze=2147483647;function kc(o,s,t,n,e,a,c){if(s.length>1)throw new Error("starts must be a scalar or vector");if(e.length>1)throw new Error("limits must be a scalar or vector");if(c.length>1)throw new Error("deltas must be a scalar or vector");const i=s.length===0,r=e.length===0,d=c.length===0,l=[];i||l.push(s[0]),r||l.push(e[0]),d||l.push(c[0]);for(let f=1;f<l.length;++f)if(l[f]!==l[f-1])throw new Error("starts, limits, and deltas must have the same shape");const u=l.length===0?1:l[0],p=ut("int32",u+1);p[0]=0;for(let f=0;f<u;++f){const I=i?o[0]:o[f],k=r?n[0]:n[f],b=d?a[0]:a[f];if(b===0)throw new Error("Requires delta != 0");let x;if(b>0&&k<I||b<0&&k>I)x=0;else if(x=Math.ceil(Math.abs((k-I)/b)),x>ze)throw new Error(`Requires ((limit - start) / delta) <= ${ze}`);p[f+1]=p[f]+x}const h=p[u],m=ut(t,h);let g=0;for(let f=0;f<u;++f){const I=p[f+1]-p[f];let k=i?o[0]:o[f];const b=d?a[0]:a[f];for(let x=0;x<I;++x)m[g++]=k,k+=b}return[p,m]}/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */var kt=Rs;class ae{constructor(s,t,n,e,a,c,i,r,d,l){this.shape=s,this.shapeShape=t,this.values=n,this.valuesShape=e,this.valuesDType=a,this.defaultValue=c,this.defaultValueShape=i,this.rowPartitionValues=r,this.rowPartitionValuesShapes=d,this.rowPartitionTypes=Ts(l),this.raggedRank=Ms(this.rowPartitionTypes)}getRowPartitionTypeByDimension(s){return this.rowPartitionTypes[0]===kt.FIRST_DIM_SIZE?this.rowPartitionTypes[s+1]:this.rowPartitionTypes[s]}getRowPartitionTensor(s){return this.rowPartitionTypes[0]===kt.FIRST_DIM_SIZE?this.rowPartitionValues[s+1]:this.rowPartitionValues[s]}getMaxWidth(s){const t=this.getRowPartitionTensor(s-1);switch(this.getRowPartitionTypeByDimension(s-1)){case kt.VALUE_ROWIDS:return ae.getMaxWidthValueRowID(t);case kt.ROW_SPLITS:return ae.getMaxWidthRowSplit(t);default:throw new Error(`Cannot handle partition type ${kt[this.getRowPartitionTypeByDimension(s-1)]}`)}}static getMaxWidthRowSplit(s){const t=s.length;if(t===0||t===1)return 0;let n=0;for(let e=0;e<t-1;++e){const a=s[e+1]-s[e];a>n&&(n=a)}return n}static getMaxWidthValueRowID(s){const t=s.length;if(t===0)return 0;let n=0,e=s[0],a=0;for(let c=1;c<t;++c){const i=s[c];i!==e&&(e=i,a=Math.max(c-n,a),n=c)}return Math.max(t-n,a)}tensorShapeFromTensor(s,t,n=!0){if(t.length===0){if(s[0]===-1)return[];throw new Error("The only valid scalar shape tensor is the fully unknown shape specified as -1.")}return He(s,n)}calculateOutputSize(s){const t=this.valuesShape,n=this.defaultValueShape;Fs(n,t);const e=this.tensorShapeFromTensor(this.shape,this.shapeShape),c=Ds(this.raggedRank,e,t);c[0]<0&&(c[0]=s);for(let i=1;i<=this.raggedRank;++i)c[i]<0&&(c[i]=this.getMaxWidth(i));return c}calculateFirstParentOutputIndex(s,t,n){const e=Math.min(s,n),a=[];let c=0;for(let i=0;i<e;++i,c+=t)a.push(c);for(let i=e;i<s;++i)a.push(-1);return dt(a.length===s,()=>"Final length of result must be equal to firstDimension."),a}calculateOutputIndexRowSplit(s,t,n,e){const a=s.length,c=[];for(let i=0;i<a-1;++i){const r=s[i+1]-s[i];let d=Math.min(e,r),l=t[i];l===-1&&(d=0);for(let u=0;u<d;++u)c.push(l),l+=n;for(let u=0;u<r-d;++u)c.push(-1)}if(a>0&&c.length!==s[a-1])throw new Error("Invalid row split size.");return c}calculateOutputIndexValueRowID(s,t,n,e){const a=s.length,c=[];if(a===0)return[];let i=0,r=s[0];if(r>=t.length)throw new Error(`Got currentValueRowId=${r}, which is not less than ${t.length}`);let d=t[r];c.push(d);for(let l=1;l<a;++l){const u=s[l];if(u===r)d>=0&&(++i,i<e?d+=n:d=-1);else{if(i=0,r=u,u>=t.length)throw new Error(`Got nextValueRowId=${u} which is not less than ${t.length}`);d=t[u]}c.push(d)}if(c.length!==s.length)throw new Error("Invalid row ids.");return c}calculateOutputIndex(s,t,n,e){const a=this.getRowPartitionTensor(s),c=this.getRowPartitionTypeByDimension(s);switch(c){case kt.VALUE_ROWIDS:return this.calculateOutputIndexValueRowID(a,t,n,e);case kt.ROW_SPLITS:if(a.length-1>t.length)throw new Error(`Row partition size is greater than output size: ${a.length-1} > ${t.length}`);return this.calculateOutputIndexRowSplit(a,t,n,e);default:throw new Error(`Unsupported partition type: ${kt[c]}`)}}getFirstDimensionSize(){const s=this.rowPartitionValues[0];if(this.rowPartitionTypes.length===0)throw new Error("No row_partition_types given.");const t=this.rowPartitionTypes[0];switch(t){case kt.FIRST_DIM_SIZE:return s[0];case kt.VALUE_ROWIDS:throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");case kt.ROW_SPLITS:return this.rowPartitionValuesShapes[0][0]-1;default:throw new Error(`Cannot handle type ${kt[t]}`)}}compute(){if(this.rowPartitionValues[0].length<=0)throw new Error("Invalid first partition input. Tensor requires at least one element.");const t=this.getFirstDimensionSize(),n=this.calculateOutputSize(t),e=new Array(this.raggedRank+1);e[e.length-1]=1;for(let r=e.length-2;r>=0;--r)e[r]=e[r+1]*n[r+1];const a=He(n,!1),c=ut(this.valuesDType,q(a));if(e[0]*n[0]>0){let r=this.calculateFirstParentOutputIndex(t,e[0],n[0]);for(let d=1;d<=this.raggedRank;++d)r=this.calculateOutputIndex(d-1,r,e[d],n[d]);this.setOutput(this.raggedRank,r,c,a)}return[a,c]}setOutput(s,t,n,e){if(n.length===0)return;const a=this.values,c=n;let i=e.slice();i=i.slice(s+1);const r=q(i),d=t.length;let l=this.defaultValue;if(l.length!==r&&l.length!==1){const m=this.defaultValueShape;Aa(()=>{const g=Wa(l,m);l=Oa(g,i).dataSync()})}let u=0,p=0,h=0;for(let m=0;m<=d;++m){let g=m<d?t[m]:-1;if(g===h){++h;continue}if(p<h){const f=a.subarray(u*r),I=c.subarray(p*r),k=(h-p)*r;Pe(I,f,k)}if(m>=d){const f=n.length;g=Math.floor(f/r)}if(g>h)if(this.defaultValue.length===1)c.subarray(h*r,g*r).fill(this.defaultValue[0]),h=g;else for(;g>h;){const f=c.slice(h*r);Pe(f,l,r),++h}g<0?(u=m+1,p=h):(u=m,p=h,h=p+1)}}}function Pe(o,s,t){for(let n=0;n<t;n++)o[n]=s[n]}function He(o,s){const t=[];for(let n of o){if(n<0){if(!s)throw new Error(`Dimension ${n} must be >= 0`);if(n<-1)throw new Error(`Dimension ${n} must be >= -1`);n=-1}t.push(n)}return t}function xc(o,s,t,n,e,a,c,i,r,d){return new ae(o,s,t,n,e,a,c,i,r,d).compute()}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const bc=Et(o=>1/Math.sqrt(o)),yc=At(un,bc),Sc={kernelName:un,backendName:"cpu",kernelFunc:yc};/**
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
 */function Pt(o,s,t,n,e,a,c,i,r,d){const l=[n/e,e],u=o.values,p=s.values;if(n===0)return nt(t,s.dtype);const h=r instanceof pt?r:nt(l,s.dtype);typeof r=="string"||typeof r=="number"?h.values.fill(r):typeof r=="boolean"&&h.values.fill(+r);for(let m=0;m<a;m++){const g=[];let f=0;for(let I=0;I<c;I++){const k=u[m*c+I];g.push(k),f+=k*i[I]}if(f<0||f>=n/e)throw new Error(`Invalid indices: ${g} does not index into ${t}`);for(let I=0;I<e;I++)d?h.values[f*e+I]+=p[m*e+I]:h.values[f*e+I]=s.rank===0?p[0]:p[m*e+I]}return h}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const os=J(pn,o=>1/(1+Math.exp(-o))),wc={kernelName:pn,backendName:"cpu",kernelFunc:os};/**
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
 */function Cc(o,s,t,n,e,a,c){const i=s[0],r=a[0],d=new Array(r),l=new Array(i),u=s[1];if(r===0){if(i!==0)throw new Error(Vs(i));const f=ut(t,0),I=ut(e,0);return[f,[0,u],I,d,l]}let p=!0,h=0;const m=new Array(r).fill(0);for(let f=0;f<i;++f){const I=o[f*u];if(I<0)throw new Error(Es(f,I));if(I>=r)throw new Error(As(f,I,r));++m[I],p=p&&I>=h,h=I}let g=!0;for(let f=0;f<r;++f){const I=m[f]===0;d[f]=I,g=g&&!I,m[f]=Math.max(m[f],1),f>0&&(m[f]+=m[f-1])}if(g&&p){const f=o,I=n;for(let k=0;k<i;++k)l[k]=k;return[f,[i,u],I,d,l]}else{const f=m[r-1],I=ut(t,f*u),k=ut(e,f),b=new Array(r).fill(0);for(let x=0;x<i;++x){const y=o[x*u],S=b[y],w=(y===0?0:m[y-1])+S;b[y]++;for(let C=0;C<u;++C)I[w*u+C]=o[x*u+C];k[w]=n[x],l[x]=w}for(let x=0;x<r;++x)if(b[x]===0){const S=x===0?0:m[x-1];I[S*u+0]=x;for(let w=1;w<u;++w)I[S*u+w]=0;k[S]=c}return[I,[f,u],k,d,l]}}/**
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
 */function Nc(o,s,t,n,e){const a=q(n),c=s[0],i=e.length,r=[];let d=1,l=-1;for(let f=0;f<i;++f){const I=e[f];if(I===-1){if(l!==-1)throw new Error(Ws(l,f));l=f,r.push(1)}else{if(I<0)throw new Error(Os(f,I));d*=I,r.push(I)}}if(l!==-1){if(d<=0)throw new Error($s());const f=Math.trunc(a/d);if(d*f!==a)throw new Error(zs(n,r));r[l]=f}if(q(r)!==a)throw new Error(Ps(n,r));const p=n.length,h=[];if(p>0){h[p-1]=1;for(let f=p-2;f>=0;--f)h[f]=h[f+1]*n[f+1]}const m=[];if(i>0){m[i-1]=1;for(let f=i-2;f>=0;--f)m[f]=m[f+1]*r[f+1]}const g=ut(t,c*i);for(let f=0;f<c;++f){let I=0;for(let k=0;k<p;++k)I+=o[f*p+k]*h[k];for(let k=0;k<i;++k)g[f*i+k]=Math.trunc(I/m[k]),I%=m[k]}return[g,[c,i],r]}/**
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
 */function rs(o,s,t,n,e,a=!1,c=0){const i=n.length,r=[s[0],o.length/s[0]],d=r[1],u=i>0?e[i-1]+1:0;if(u<0)throw new Error(Ve());const p=s.slice();p[0]=u;const h=p.reduce((b,x)=>b*x,1),m=ut(t,h);if(i===0)return u>0&&m.fill(c),[m,p];if(u<=0)throw new Error(Ve());let g=0,f=1,I=0,k=e[g];for(;;){let b=0;if(f<i){if(b=e[f],k===b){++f;continue}if(k>=b)throw new Error(Hs())}if(k<0||k>=u)throw new Error(Ls(k,u));k>I&&m.fill(c,I*d,k*d);for(let x=g;x<f;++x){const y=n[x];if(y<0||y>=r[0])throw new Error(Bs(x,n[x],r[0]));for(let S=0;S<d;S++)m[k*d+S]+=o[y*d+S]}if(a)for(let x=0;x<d;x++)m[k*d+x]/=f-g;if(g=f,++f,I=k+1,k=b,f>i)break}return I<u&&m.fill(c,I*d,u*d),[m,p]}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const vc=J(fn,o=>Math.sqrt(o)),Tc={kernelName:fn,backendName:"cpu",kernelFunc:vc};/**
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
 */const Mc=it(((o,s)=>{const t=o-s;return t*t})),Rc=ct(hn,Mc),Fc={kernelName:hn,backendName:"cpu",kernelFunc:Rc};/**
 * @license
 * Copyright 2023 Google LLC.
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
 */const Dc=Et((o,s)=>{const{pattern:t,replaceGlobal:n,rewrite:e}=s;return o.replace(new RegExp(t,n?"g":""),e)}),Vc=At(mn,Dc),Ec={kernelName:mn,backendName:"cpu",kernelFunc:Vc};/**
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
 */function Ac(o,s,t,n){const e=nt(o,s.dtype);for(let a=0;a<e.size;a++){const c=e.indexToLoc(a),i=new Array(c.length);for(let r=0;r<i.length;r++)i[r]=c[r]*t[r]+n[r];e.set(s.get(...i),...c)}return e}/**
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
 */const Wc=it(((o,s)=>o-s)),Oc=Te(((o,s,t,n)=>({real:o-t,imag:s-n}))),Me=ct(gn,Wc,Oc),$c={kernelName:gn,backendName:"cpu",kernelFunc:Me};/**
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
 */function zc(o,s){const t=new Array(o.rank);for(let e=0;e<t.length;e++)t[e]=o.shape[e]*s[e];const n=nt(t,o.dtype);for(let e=0;e<n.values.length;++e){const a=n.indexToLoc(e),c=new Array(o.rank);for(let r=0;r<c.length;r++)c[r]=a[r]%o.shape[r];const i=o.locToIndex(c);n.values[e]=o.values[i]}return n}/**
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
 */const Kt=(o,s)=>{const t=s.value-o.value;return t===0?o.index-s.index:t};function is(o,s,t=0,n=o.length-1){for(;n>t;){if(n-t>600){const i=n-t+1,r=s-t+1,d=Math.log(i),l=.5*Math.exp(2*d/3),u=.5*Math.sqrt(d*l*(i-l)/i)*Math.sign(r-i/2),p=Math.max(t,Math.floor(s-r*l/i+u)),h=Math.min(n,Math.floor(s+(i-r)*l/i+u));is(o,s,p,h)}const e=o[s];let a=t,c=n;for(Yt(o,t,s),Kt(o[n],e)>0&&Yt(o,t,n);a<c;){for(Yt(o,a,c),a++,c--;Kt(o[a],e)<0;)a=a+1;for(;Kt(o[c],e)>0;)c=c-1}Kt(o[t],e)===0?Yt(o,t,c):(c=c+1,Yt(o,c,n)),c<=s&&(t=c+1),s<=c&&(n=c-1)}}function Pc(o,s,t,n,e){const a=s[s.length-1],[c,i]=[o.length/a,a],r=ft(t,c*n),d=ft("int32",c*n);for(let u=0;u<c;u++){const p=u*i,h=o.subarray(p,p+i);let m=new Array(h.length);h.forEach((k,b)=>m[b]={value:k,index:b}),n<m.length&&(is(m,n),m=m.slice(0,n)),e&&m.sort(Kt);const g=u*n,f=r.subarray(g,g+n),I=d.subarray(g,g+n);for(let k=0;k<n;k++)f[k]=m[k].value,I[k]=m[k].index}const l=s.slice();return l[l.length-1]=n,[nt(l,t,r),nt(l,"int32",d)]}/**
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
 */const Hc=Gs;class pe extends $a{nextDataId(){return pe.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new za(this,Ee())}write(s,t,n){this.firstUse&&(this.firstUse=!1,Pa().get("IS_NODE")&&Ha(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));const e={id:this.nextDataId()};return this.data.set(e,{values:s,dtype:n,refCount:1}),e}makeTensorInfo(s,t,n){let e;if(t==="string"&&n!=null&&n.length>0&&La(n[0])){const a=n.map(c=>Ba(c));e=this.write(a,s,t)}else e=this.write(n,s,t);return{dataId:e,shape:s,dtype:t}}refCount(s){return this.data.has(s)?this.data.get(s).refCount:0}incRef(s){const t=this.data.get(s);t.refCount++}decRef(s){if(this.data.has(s)){const t=this.data.get(s);t.refCount--}}move(s,t,n,e,a){this.data.set(s,{values:t,dtype:e,refCount:a})}numDataIds(){return this.data.numDataIds()}async read(s){return this.readSync(s)}readSync(s){const{dtype:t,complexTensorInfos:n}=this.data.get(s);if(t==="complex64"){const e=this.readSync(n.real.dataId),a=this.readSync(n.imag.dataId);return Lt(e,a)}return Ga(this.data.get(s).values,t)}bufferSync(s){const t=this.readSync(s.dataId);if(s.dtype==="string")try{const n=t.map(e=>In(e));return nt(s.shape,s.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return nt(s.shape,s.dtype,t)}makeOutput(s,t,n){return Ee().makeTensorFromTensorInfo(this.makeTensorInfo(t,n,s),this)}disposeData(s,t=!1){if(this.data.has(s)){if(this.data.get(s).refCount--,!t&&this.data.get(s).refCount>0)return!1;const{complexTensorInfos:n}=this.data.get(s);n!=null&&(this.disposeData(n.real.dataId,!0),this.disposeData(n.imag.dataId,!0)),this.data.delete(s)}return!0}disposeIntermediateTensorInfo(s){this.disposeData(s.dataId)}async time(s){const t=Ae();return s(),{kernelMs:Ae()-t}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(s){G([s],"where");const t=this.readSync(s.dataId);return Hc(s.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}}pe.nextDataId=0;/**
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
 */qa("cpu",()=>new pe,1);/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const cs=J(kn,o=>o>=0?o:Math.exp(o)-1),Lc={kernelName:kn,backendName:"cpu",kernelFunc:cs};/**
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
 */function ls(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{alpha:a}=n;G([e],"leakyRelu");const c=q(e.shape),i=t.data.get(e.dataId).values,r=ft("float32",c);for(let d=0;d<i.length;d++)r[d]=i[d]<0?a*i[d]:i[d];return t.makeTensorInfo(e.shape,"float32",r)}const Bc={kernelName:_a,backendName:"cpu",kernelFunc:ls};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Gc=it((o,s)=>o<0?s*o:o);function ds(o){const{inputs:s,backend:t}=o,{x:n,alpha:e}=s;G([n,e],"prelu");const a=t.data.get(n.dataId).values,c=t.data.get(e.dataId).values,[i,r]=Gc(n.shape,e.shape,a,c,"float32");return t.makeTensorInfo(r,"float32",i)}const qc={kernelName:ja,backendName:"cpu",kernelFunc:ds};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const us=J(xn,o=>Math.max(0,o)),_c={kernelName:xn,backendName:"cpu",kernelFunc:us};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const ps=J(bn,o=>Math.min(Math.max(0,o),6)),jc={kernelName:bn,backendName:"cpu",kernelFunc:ps};/**
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
 */function oe(o,s,t,n,e){if(t==="linear")return St({inputs:{x:s},backend:o});if(t==="relu")return us({inputs:{x:s},backend:o});if(t==="elu")return cs({inputs:{x:s},backend:o});if(t==="relu6")return ps({inputs:{x:s},backend:o});if(t==="prelu")return ds({inputs:{x:s,alpha:n},backend:o});if(t==="leakyrelu")return ls({inputs:{x:s},backend:o,attrs:{alpha:e}});if(t==="sigmoid")return os({inputs:{x:s},backend:o});throw new Error(`Activation ${t} has not been implemented for the CPU backend.`)}/**
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
 */function st(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{shape:a}=n,c=q(e.shape),i=Xa(a,c),r=q(i);dt(c===r,()=>`The new shape (${i}) has ${r} elements and the old shape (${e.shape}) has ${c} elements. The new shape and old shape must have the same number of elements.`),t.incRef(e.dataId);const d=t.data.get(e.dataId);if(d.complexTensorInfos!=null){const l=d.complexTensorInfos.real,u=d.complexTensorInfos.imag;l.shape=i,u.shape=i}return{dataId:e.dataId,shape:i,dtype:e.dtype}}const Uc={kernelName:Ua,backendName:"cpu",kernelFunc:st};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fs(o){const{inputs:s,backend:t,attrs:n}=o,{a:e,b:a}=s,{transposeA:c,transposeB:i}=n;G([e,a],"matMul");const r=e.shape.length,d=a.shape.length,l=c?e.shape[r-2]:e.shape[r-1],u=i?a.shape[d-1]:a.shape[d-2],p=c?e.shape[r-1]:e.shape[r-2],h=i?a.shape[d-2]:a.shape[d-1],m=e.shape.slice(0,-2),g=a.shape.slice(0,-2),f=q(m),I=q(g),b=ce(e.shape.slice(0,-2),a.shape.slice(0,-2)).concat([p,h]);dt(l===u,()=>`Error in matMul: inner shapes (${l}) and (${u}) of Tensors with shapes ${e.shape} and ${a.shape} and transposeA=${c} and transposeB=${i} must match.`);const x=c?[f,l,p]:[f,p,l],y=i?[I,h,u]:[I,u,h],S=st({inputs:{x:e},backend:t,attrs:{shape:x}}),w=st({inputs:{x:a},backend:t,attrs:{shape:y}}),C=c?S.shape[1]:S.shape[2],R=c?S.shape[2]:S.shape[1],F=i?w.shape[1]:w.shape[2],E=Math.max(f,I),W=t.data.get(S.dataId).values,N=t.data.get(w.dataId).values,D=X(S.shape),v=X(w.shape),[T,A,M]=c?[D[0],1,D[1]]:[D[0],D[1],1],[V,$,O]=i?[1,v[1],v[0]]:[v[1],1,v[0]],H=R*F,z=nt([E,R,F],S.dtype),L=z.values,P=t.blockSize;for(let B=0;B<E;B++){const _=B%f,U=B%I;for(let j=0;j<R;j+=P){const Y=Math.min(j+P,R);for(let K=0;K<F;K+=P){const Z=Math.min(K+P,F);for(let tt=0;tt<C;tt+=P){const rt=Math.min(tt+P,C);for(let et=j;et<Y;et++)for(let Q=K;Q<Z;Q++){let ot=0;for(let at=tt;at<rt;at++){const Nt=W[_*T+et*A+at*M],lt=N[at*V+Q*$+U*O];ot+=Nt*lt}L[B*H+(et*F+Q)]+=ot}}}}}return t.disposeIntermediateTensorInfo(S),t.disposeIntermediateTensorInfo(w),t.makeTensorInfo(b,z.dtype,z.values)}const Xc={kernelName:Ya,backendName:"cpu",kernelFunc:fs};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Yc(o){const{inputs:s,backend:t,attrs:n}=o,{a:e,b:a,bias:c,preluActivationWeights:i}=s,{transposeA:r,transposeB:d,activation:l,leakyreluAlpha:u}=n;let p,h,m;const g=[];p=fs({inputs:{a:e,b:a},attrs:{transposeA:r,transposeB:d},backend:t}),c&&(h=Gt({inputs:{a:p,b:c},backend:t}),g.push(p),p=h),l&&(m=oe(t,p,l,i,u),g.push(p),p=m);for(const I of g)t.disposeIntermediateTensorInfo(I);return p}const Kc={kernelName:Ka,backendName:"cpu",kernelFunc:Yc};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Zc=J(yn,o=>Math.acos(o)),Jc={kernelName:yn,backendName:"cpu",kernelFunc:Zc};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Qc=J(Sn,o=>Math.acosh(o)),tl={kernelName:Sn,backendName:"cpu",kernelFunc:Qc};/**
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
 */function el(o){const{inputs:s,backend:t}=o,n=s;G(s,"addN");const e=n.map(i=>t.data.get(i.dataId).values),a=nt(n[0].shape,n[0].dtype),c=a.values;for(let i=0;i<n.length;i++){const r=e[i];for(let d=0;d<c.length;d++)c[d]+=r[d]}return t.makeTensorInfo(a.shape,a.dtype,a.values)}const nl={kernelName:Za,backendName:"cpu",kernelFunc:el};/**
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
 */function sl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n;G(e,"all");const i=gt(a,e.shape);let r=i;const d=wt(r,e.shape.length);let l=e;d!=null&&(l=ht({inputs:{x:e},backend:t,attrs:{perm:d}}),r=Ct(r.length,e.shape.length)),zt("all",r,l.shape.length);const[u,p]=Tt(l.shape,r),h=q(p),m=xt(q(u),l.dtype),g=t.data.get(l.dataId).values;for(let I=0;I<m.length;++I){const k=I*h;let b=g[k];for(let x=0;x<h;++x){const y=g[k+x];b=b&&y}m[I]=b}d!=null&&t.disposeIntermediateTensorInfo(l);const f=t.makeTensorInfo(u,l.dtype,m);if(c){const I=$t(u,i),k=st({inputs:{x:f},backend:t,attrs:{shape:I}});return t.disposeIntermediateTensorInfo(f),k}return f}const al={kernelName:Ja,backendName:"cpu",kernelFunc:sl};/**
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
 */function ol(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n;G(e,"any");const i=gt(a,e.shape);let r=i;const d=wt(r,e.shape.length);let l=e;d!=null&&(l=ht({inputs:{x:e},backend:t,attrs:{perm:d}}),r=Ct(r.length,e.shape.length)),zt("any",r,l.shape.length);const[u,p]=Tt(l.shape,r),h=q(p),m=xt(q(u),l.dtype),g=t.data.get(l.dataId).values;for(let I=0;I<m.length;++I){const k=I*h;let b=g[k];for(let x=0;x<h;++x){const y=g[k+x];b=b||y}m[I]=b}d!=null&&t.disposeIntermediateTensorInfo(l);const f=t.makeTensorInfo(u,l.dtype,m);if(c){const I=$t(u,i),k=st({inputs:{x:f},backend:t,attrs:{shape:I}});return t.disposeIntermediateTensorInfo(f),k}return f}const rl={kernelName:Qa,backendName:"cpu",kernelFunc:ol};/**
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
 */function il(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a}=n;G(e,"argMax");let c=gt(a,e.shape);const i=wt(c,e.shape.length);let r=e;const d=[];i!=null&&(r=ht({inputs:{x:e},backend:t,attrs:{perm:i}}),d.push(r),c=Ct(c.length,r.shape.length)),c=[c[0]],zt("argMax",c,r.shape.length);const[l,u]=Tt(r.shape,c),p=q(l),h=xt(p,"int32"),m=q(u),g=t.data.get(r.dataId).values;for(let f=0;f<h.length;++f){const I=f*m;let k=g[I],b=0;for(let x=0;x<m;++x){const y=g[I+x];y>k&&(k=y,b=x)}h[f]=b}return d.forEach(f=>t.disposeIntermediateTensorInfo(f)),t.makeTensorInfo(l,"int32",h)}const cl={kernelName:to,backendName:"cpu",kernelFunc:il};/**
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
 */function ll(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a}=n;G(e,"argMin");let c=gt(a,e.shape);const i=wt(c,e.shape.length);let r=e;const d=[];i!=null&&(r=ht({inputs:{x:e},backend:t,attrs:{perm:i}}),d.push(r),c=Ct(c.length,r.shape.length)),c=[c[0]],zt("argMin",c,r.shape.length);const[l,u]=Tt(r.shape,c),p=q(l),h=xt(p,"int32"),m=q(u),g=t.data.get(r.dataId).values;for(let f=0;f<h.length;++f){const I=f*m;let k=g[I],b=0;for(let x=0;x<m;++x){const y=g[I+x];y<k&&(k=y,b=x)}h[f]=b}return d.forEach(f=>t.disposeIntermediateTensorInfo(f)),t.makeTensorInfo(l,"int32",h)}const dl={kernelName:eo,backendName:"cpu",kernelFunc:ll};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const ul=J(wn,o=>Math.asin(o)),pl={kernelName:wn,backendName:"cpu",kernelFunc:ul};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const fl=J(Cn,o=>Math.asinh(o)),hl={kernelName:Cn,backendName:"cpu",kernelFunc:fl};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const ml=J(Nn,o=>Math.atan(o)),gl={kernelName:Nn,backendName:"cpu",kernelFunc:ml};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Il=it((o,s)=>Math.atan2(o,s)),kl=ct(vn,Il),xl={kernelName:vn,backendName:"cpu",kernelFunc:kl};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const bl=J(Tn,o=>Math.atanh(o)),yl={kernelName:Tn,backendName:"cpu",kernelFunc:bl};/**
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
 */function Re(o,s,t,n,e,a){const c=e.strideHeight,i=e.strideWidth,r=e.dilationHeight,d=e.dilationWidth,l=e.effectiveFilterHeight,u=e.effectiveFilterWidth,p=e.padInfo.top,h=e.padInfo.left,m=a==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,g=nt(e.outShape,t),f=g.values,I=e.outShape[1]*e.outShape[2]*e.outShape[3],k=e.outShape[2]*e.outShape[3],b=e.outShape[3];for(let x=0;x<e.batchSize;++x){const y=x*I,S=x*n[0];for(let w=0;w<e.inChannels;++w)for(let C=0;C<e.outHeight;++C){const R=C*c-p,F=Math.max(0,R),E=Math.min(e.inHeight,l+R),W=y+C*k;for(let N=0;N<e.outWidth;++N){const D=N*i-h,v=Math.max(0,D),T=Math.min(e.inWidth,u+D);let A=m,M=0,V=0;for(let O=F;O<E;O+=r){const H=S+O*n[1];for(let z=v;z<T;z+=d){const L=H+z*n[2],P=o[L+w];a==="max"&&P>A?A=P:a==="avg"&&(M+=P,V++)}if(isNaN(A))break}const $=W+N*b+w;f[$]=a==="avg"?M/V:A}}}return g}function hs(o,s,t,n,e=!1,a=!1){const c=nt(n.outShape,"int32"),i=n.strideHeight,r=n.strideWidth,d=n.dilationHeight,l=n.dilationWidth,u=n.effectiveFilterHeight,p=n.effectiveFilterWidth,h=n.padInfo.top,m=n.padInfo.left,g=nt(s,t,o);for(let f=0;f<n.batchSize;++f)for(let I=0;I<n.inChannels;++I)for(let k=0;k<n.outHeight;++k){const b=k*i-h;let x=b;for(;x<0;)x+=d;const y=Math.min(n.inHeight,u+b);for(let S=0;S<n.outWidth;++S){const w=S*r-m;let C=w;for(;C<0;)C+=l;const R=Math.min(n.inWidth,p+w);let F=Number.NEGATIVE_INFINITY,E=-1;for(let W=x;W<y;W+=d){const N=W-b;for(let D=C;D<R;D+=l){const v=D-w,T=g.get(f,W,D,I);T>F&&(F=T,e?E=a?((f*n.inHeight+W)*n.inWidth+D)*n.inChannels+I:(W*n.inWidth+D)*n.inChannels+I:E=N*p+v)}}c.set(E,f,k,S,I)}}return c}function ms(o,s,t,n,e,a){const c=e.strideDepth,i=e.strideHeight,r=e.strideWidth,d=e.dilationDepth,l=e.dilationHeight,u=e.dilationWidth,p=e.effectiveFilterDepth,h=e.effectiveFilterHeight,m=e.effectiveFilterWidth,g=e.padInfo.front,f=e.padInfo.top,I=e.padInfo.left,k=a==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,b=nt(e.outShape,t),x=b.values,y=e.outShape[1]*e.outShape[2]*e.outShape[3]*e.outShape[4],S=e.outShape[2]*e.outShape[3]*e.outShape[4],w=e.outShape[3]*e.outShape[4],C=e.outShape[4];for(let R=0;R<e.batchSize;++R){const F=R*y,E=R*n[0];for(let W=0;W<e.inChannels;++W)for(let N=0;N<e.outDepth;++N){const D=N*c-g;let v=D;for(;v<0;)v+=d;const T=Math.min(e.inDepth,p+D),A=F+N*S;for(let M=0;M<e.outHeight;++M){const V=M*i-f;let $=V;for(;$<0;)$+=l;const O=Math.min(e.inHeight,h+V),H=A+M*w;for(let z=0;z<e.outWidth;++z){const L=z*r-I;let P=L;for(;P<0;)P+=u;const B=Math.min(e.inWidth,m+L),_=H+z*C;let U=k,j=0,Y=0;for(let Z=v;Z<T;Z+=d){const tt=E+Z*n[1];for(let rt=$;rt<O;rt+=l){const et=tt+rt*n[2];for(let Q=P;Q<B;Q+=u){const ot=et+Q*n[3],at=o[ot+W];if(a==="max"&&at>U?U=at:a==="avg"&&(j+=at,Y++),isNaN(U))break}if(isNaN(U))break}if(isNaN(U))break}const K=_+W;x[K]=a==="avg"?j/Math.max(Y,1):U}}}}return b}function Sl(o,s){const t=nt(s.outShape,"int32"),n=s.strideDepth,e=s.strideHeight,a=s.strideWidth,c=s.dilationDepth,i=s.dilationHeight,r=s.dilationWidth,d=s.effectiveFilterDepth,l=s.effectiveFilterHeight,u=s.effectiveFilterWidth,p=s.padInfo.front,h=s.padInfo.top,m=s.padInfo.left;for(let g=0;g<s.batchSize;++g)for(let f=0;f<s.inChannels;++f)for(let I=0;I<s.outDepth;++I){const k=I*n-p;let b=k;for(;b<0;)b+=c;const x=Math.min(s.inDepth,d+k);for(let y=0;y<s.outHeight;++y){const S=y*e-h;let w=S;for(;w<0;)w+=i;const C=Math.min(s.inHeight,l+S);for(let R=0;R<s.outWidth;++R){const F=R*a-m;let E=F;for(;E<0;)E+=r;const W=Math.min(s.inWidth,u+F);let N=Number.NEGATIVE_INFINITY,D=-1;for(let v=b;v<x;v+=c){const T=v-k;for(let A=w;A<C;A+=i){const M=A-S;for(let V=E;V<W;V+=r){const $=V-F,O=o.get(g,v,A,V,f);O>=N&&(N=O,D=T*l*u+M*l+$)}}}t.set(D,g,I,y,R,f)}}}return t}/**
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
 */function wl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s;G(e,"avgPool");const{filterSize:a,strides:c,pad:i,dimRoundingMode:r}=n,d=1;dt(ye(c,d),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${c} and dilations '${d}'`);const l=Qt(e.shape,a,c,d,i,r);let u;if(l.filterWidth===1&&l.filterHeight===1&&Se(l.inShape,l.outShape))u=St({inputs:{x:e},backend:t});else{const p=t.data.get(e.dataId).values,h=X(e.shape),m=Re(p,e.shape,e.dtype,h,l,"avg");u=t.makeTensorInfo(l.outShape,e.dtype,m.values)}return u}const Cl={kernelName:no,backendName:"cpu",kernelFunc:wl};/**
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
 */function Nl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{filterSize:a,strides:c,pad:i,dimRoundingMode:r,dataFormat:d}=n;G(e,"avgPool3d");const l=de(e.shape,a,c,1,i,r,d),u=t.data.get(e.dataId).values,p=ms(u,e.shape,e.dtype,X(e.shape),l,"avg");return t.makeTensorInfo(p.shape,"float32",p.values)}const vl={kernelName:so,backendName:"cpu",kernelFunc:Nl};/**
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
 */function Tl(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,input:a}=s,{filterSize:c,strides:i,pad:r,dimRoundingMode:d}=n;G([e,a],"avgPool3DGrad");const l=de(a.shape,c,i,1,r,d),u=l.strideDepth,p=l.strideHeight,h=l.strideWidth,m=l.filterDepth,g=l.filterHeight,f=l.filterWidth,I=l.dilationDepth,k=l.dilationHeight,b=l.dilationWidth,x=l.effectiveFilterDepth,y=l.effectiveFilterHeight,S=l.effectiveFilterWidth,w=x-1-l.padInfo.front,C=S-1-l.padInfo.left,R=y-1-l.padInfo.top,F=nt(a.shape,"float32"),E=1/(m*g*f),W=t.bufferSync(e);for(let N=0;N<l.batchSize;++N)for(let D=0;D<l.inChannels;++D)for(let v=0;v<l.inDepth;++v)for(let T=0;T<l.inHeight;++T)for(let A=0;A<l.inWidth;++A){const M=v-w,V=T-R,$=A-C;let O=0;for(let H=0;H<x;H+=I){const z=(M+H)/u;if(!(z<0||z>=l.outDepth||Math.floor(z)!==z))for(let L=0;L<y;L+=k){const P=(V+L)/p;if(!(P<0||P>=l.outHeight||Math.floor(P)!==P))for(let B=0;B<S;B+=b){const _=($+B)/h;if(_<0||_>=l.outWidth||Math.floor(_)!==_)continue;const U=W.get(N,z,P,_,D);O+=U}}}F.set(O*E,N,v,T,A,D)}return t.makeTensorInfo(F.shape,F.dtype,F.values)}const Ml={kernelName:ao,backendName:"cpu",kernelFunc:Tl};/**
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
 */function Rl(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,input:a}=s,c=a;G([e,a],"avgPoolGrad");const{filterSize:i,strides:r,pad:d}=n,l=Qt(c.shape,i,r,1,d),u=l.strideHeight,p=l.strideWidth,h=l.filterHeight,m=l.filterWidth,g=l.dilationHeight,f=l.dilationWidth,I=l.effectiveFilterHeight,k=l.effectiveFilterWidth,b=k-1-l.padInfo.left,x=I-1-l.padInfo.top,y=nt(c.shape,"float32"),S=1/(h*m),w=t.data.get(e.dataId).values,C=nt(e.shape,"float32",w);for(let R=0;R<l.batchSize;++R)for(let F=0;F<l.inChannels;++F)for(let E=0;E<l.inHeight;++E)for(let W=0;W<l.inWidth;++W){const N=E-x,D=W-b;let v=0;for(let T=0;T<I;T+=g){const A=(N+T)/u;if(!(A<0||A>=l.outHeight||Math.floor(A)!==A))for(let M=0;M<k;M+=f){const V=(D+M)/p;if(V<0||V>=l.outWidth||Math.floor(V)!==V)continue;const $=C.get(R,A,V,F);v+=$}}y.set(v*S,R,E,W,F)}return t.makeTensorInfo(y.shape,y.dtype,y.values)}const Fl={kernelName:oo,backendName:"cpu",kernelFunc:Rl};/**
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
 */function Dl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,scale:a,offset:c,mean:i,variance:r}=s;dt(i.shape.length===r.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),dt(c==null||i.shape.length===c.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),dt(a==null||i.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),G([e,i,r,a,c],"batchNorm");let{varianceEpsilon:d}=n;d==null&&(d=.001);const l=t.data.get(e.dataId).values,u=t.data.get(i.dataId).values,p=t.data.get(r.dataId).values,h=a?t.data.get(a.dataId).values:new Float32Array([1]),m=c?t.data.get(c.dataId).values:new Float32Array([0]),g=new Float32Array(l.length),f=m.length,I=h.length,k=p.length,b=u.length;let x=0,y=0,S=0,w=0;for(let C=0;C<l.length;++C)g[C]=m[x++]+(l[C]-u[y++])*h[S++]/Math.sqrt(p[w++]+d),x>=f&&(x=0),y>=b&&(y=0),S>=I&&(S=0),w>=k&&(w=0);return t.makeTensorInfo(e.shape,e.dtype,g)}const Vl={kernelName:ro,backendName:"cpu",kernelFunc:Dl};/**
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
 */function El(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{blockShape:a,crops:c}=n;G([e],"batchToSpaceND");const i=a.reduce((I,k)=>I*k),r=Ge(e.shape,a,i),d=qe(r.length,a.length),l=_e(e.shape,a,i),u=qs(c,a.length),p=_s(l,c,a.length),h=st({inputs:{x:e},backend:t,attrs:{shape:r}}),m=ht({inputs:{x:h},backend:t,attrs:{perm:d}}),g=st({inputs:{x:m},backend:t,attrs:{shape:l}}),f=Bt({inputs:{x:g},backend:t,attrs:{begin:u,size:p}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),f}const Al={kernelName:io,backendName:"cpu",kernelFunc:El};/**
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
 */function Wl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,weights:a}=s,{size:c}=n,i=t.data.get(e.dataId).values,r=t.data.get(a.dataId).values,d=ts(i,r,a.dtype,a.shape,c);return t.makeTensorInfo([c],a.dtype,d)}const Ol={kernelName:co,backendName:"cpu",kernelFunc:Wl};/**
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
 */function $l(o){const{inputs:s,backend:t}=o,{s0:n,s1:e}=s,a=t.data.get(n.dataId).values,c=t.data.get(e.dataId).values,i=ce(Array.from(a),Array.from(c));return t.makeTensorInfo([i.length],"int32",Int32Array.from(i))}const zl={kernelName:lo,backendName:"cpu",kernelFunc:$l};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Pl=J(Mn,(o,s)=>{const t=s;return o>t.clipValueMax?t.clipValueMax:o<t.clipValueMin?t.clipValueMin:o}),Hl={kernelName:Mn,backendName:"cpu",kernelFunc:Pl};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Ll=o=>{const{x:s}=o.inputs,t=o.backend,n=new Float32Array(q(s.shape)),e=t.data.get(s.dataId),a=e.complexTensorInfos.real,c=e.complexTensorInfos.imag,i=t.data.get(a.dataId).values,r=t.data.get(c.dataId).values;for(let d=0;d<i.length;d++){const l=i[d],u=r[d];n[d]=Math.hypot(l,u)}return t.makeOutput(n,s.shape,"float32")},Bl={kernelName:uo,backendName:"cpu",kernelFunc:Ll};/**
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
 */function qt(o){const{inputs:s,backend:t}=o,{input:n}=s,e=t.data.get(n.dataId).complexTensorInfos.imag,a=t.data.get(e.dataId).values;return t.makeTensorInfo(e.shape,e.dtype,a)}const Gl={kernelName:po,backendName:"cpu",kernelFunc:qt};/**
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
 */function _t(o){const{inputs:s,backend:t,attrs:n}=o,{axis:e}=n,a=gt(e,s[0].shape)[0],c=s.map(g=>g.shape);js(c,a);let i=me(s.map(g=>g.shape),a);if(q(i)===0)return t.makeTensorInfo(i,s[0].dtype,[]);const r=s.filter(g=>q(g.shape)>0);if(r.length===1)return St({inputs:{x:r[0]},backend:t});if(r[0].dtype==="complex64"){const g=r.map(x=>Ot({inputs:{input:x},backend:t})),f=r.map(x=>qt({inputs:{input:x},backend:t})),I=_t({inputs:g,backend:t,attrs:{axis:a}}),k=_t({inputs:f,backend:t,attrs:{axis:a}}),b=mt({inputs:{real:I,imag:k},backend:t});return g.forEach(x=>t.disposeIntermediateTensorInfo(x)),f.forEach(x=>t.disposeIntermediateTensorInfo(x)),t.disposeIntermediateTensorInfo(I),t.disposeIntermediateTensorInfo(k),b}const d=r.map(g=>{const I=[-1,q(g.shape.slice(a))];return st({inputs:{x:g},backend:t,attrs:{shape:I}})}),l=d.map(g=>({vals:t.data.get(g.dataId).values,shape:g.shape}));i=me(d.map(g=>g.shape),1);const u=d[0].shape[0]===1,p=ka(l,i,s[0].dtype,u),h=me(r.map(g=>g.shape),a),m=t.makeTensorInfo(h,s[0].dtype,p);return d.forEach(g=>t.disposeIntermediateTensorInfo(g)),m}const ql={kernelName:fo,backendName:"cpu",kernelFunc:_t};/**
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
 */function gs(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,filter:a}=s,{strides:c,pad:i,dataFormat:r,dilations:d,dimRoundingMode:l}=n;G([e,a],"conv2d");const u=we(r),p=Ut(e.shape,a.shape,c,d,i,l,!1,u),h=p.filterHeight,m=p.filterWidth,g=p.dilationHeight,f=p.dilationWidth,I=p.padInfo.left,k=p.padInfo.top,b=p.dataFormat==="channelsLast",x=new pt(p.outShape,e.dtype),y=X(e.shape),S=X(a.shape),w=y[0],C=b?y[1]:y[2],R=b?y[2]:1,F=b?1:y[1],E=x.strides[0],W=b?x.strides[1]:x.strides[2],N=b?x.strides[2]:1,D=b?1:x.strides[1],v=t.data.get(e.dataId).values,T=t.data.get(a.dataId).values,A=x.values;for(let M=0;M<p.batchSize;++M){const V=M*w,$=M*E;for(let O=0;O<p.outHeight;++O){const H=$+O*W,z=O*p.strideHeight-k;for(let L=0;L<h;++L){const P=z+L*g;if(P<0||P>=p.inHeight)continue;const B=L*S[0],_=V+P*C;for(let U=0;U<p.outWidth;++U){const j=H+U*N,Y=U*p.strideWidth-I;for(let K=0;K<m;++K){const Z=Y+K*f;if(Z<0||Z>=p.inWidth)continue;const tt=B+K*S[1],rt=_+Z*R;let et=tt;for(let Q=0;Q<p.inChannels;++Q){const ot=v[rt+Q*F];for(let at=0;at<p.outChannels;++at)A[j+at*D]+=ot*T[et+at];et+=p.outChannels}}}}}}return t.makeTensorInfo(x.shape,x.dtype,A)}const _l={kernelName:ho,backendName:"cpu",kernelFunc:gs};/**
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
 */function jl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,dy:a}=s,{strides:c,pad:i,dataFormat:r,dimRoundingMode:d,filterShape:l}=n;G([e,a],"conv2dBackpropFilter");const u=we(r),p=Ut(e.shape,l,c,1,i,d,!1,u),{strideHeight:h,strideWidth:m,filterHeight:g,filterWidth:f}=p,I=p.dataFormat==="channelsLast",k=new pt(p.filterShape,"float32"),b=p.padInfo.left,x=p.padInfo.top,y=t.data.get(e.dataId).values,S=t.data.get(a.dataId).values,w=new pt(e.shape,e.dtype,y),C=new pt(a.shape,a.dtype,S);for(let R=0;R<g;++R){const F=Math.max(0,Math.ceil((x-R)/h)),E=Math.min(p.outHeight,(p.inHeight+x-R)/h);for(let W=0;W<f;++W){const N=Math.max(0,Math.ceil((b-W)/m)),D=Math.min(p.outWidth,(p.inWidth+b-W)/m);for(let v=0;v<p.inChannels;++v)for(let T=0;T<p.outChannels;++T){let A=0;for(let M=0;M<p.batchSize;++M)for(let V=F;V<E;++V){const $=R+V*h-x;for(let O=N;O<D;++O){const H=W+O*m-b;I?A+=w.get(M,$,H,v)*C.get(M,V,O,T):A+=w.get(M,v,$,H)*C.get(M,T,V,O)}}k.set(A,R,W,v,T)}}}return t.makeTensorInfo(k.shape,k.dtype,k.values)}const Ul={kernelName:mo,backendName:"cpu",kernelFunc:jl};/**
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
 */function Xl(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,filter:a}=s,{inputShape:c,strides:i,pad:r,dataFormat:d,dimRoundingMode:l}=n;G([e,a],"conv2dBackpropInput");const u=X(a.shape),p=X(e.shape);let h=we(d);const m=Ut(c,a.shape,i,1,r,l,!1,h),g=new pt(m.inShape,"float32"),f=g.values,I=t.data.get(e.dataId).values,k=t.data.get(a.dataId).values,[b,x,y]=u,{batchSize:S,filterHeight:w,filterWidth:C,inChannels:R,inHeight:F,inWidth:E,outChannels:W,outHeight:N,outWidth:D,strideHeight:v,strideWidth:T}=m;h=m.dataFormat;const A=w-1-m.padInfo.top,M=C-1-m.padInfo.left,V=h==="channelsLast",$=g.strides[0],O=V?g.strides[1]:g.strides[2],H=V?g.strides[2]:1,z=V?1:g.strides[1],L=p[0],P=V?p[1]:p[2],B=V?p[2]:1,_=V?1:p[1];for(let U=0;U<S;++U)for(let j=0;j<R;++j)for(let Y=0;Y<F;++Y){const K=Y-A,Z=Math.max(0,Math.ceil(K/v)),tt=Math.min(N,(w+K)/v);for(let rt=0;rt<E;++rt){const et=rt-M,Q=Math.max(0,Math.ceil(et/T)),ot=Math.min(D,(C+et)/T);let at=0;for(let lt=Z;lt<tt;++lt){const Mt=lt*v-K;for(let It=Q;It<ot;++It){const Wt=It*T-et,bt=L*U+P*lt+B*It,vt=b*(w-1-Mt)+x*(C-1-Wt)+y*j;for(let Rt=0;Rt<W;++Rt){const Ft=I[bt+_*Rt],Dt=k[vt+Rt];at+=Ft*Dt}}}const Nt=$*U+O*Y+H*rt+z*j;f[Nt]=at}}return t.makeTensorInfo(g.shape,g.dtype,g.values)}const Yl={kernelName:go,backendName:"cpu",kernelFunc:Xl};/**
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
 */function Kl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,filter:a}=s,{strides:c,pad:i,dilations:r}=n;G([e,a],"conv3d");const d=Ce(e.shape,a.shape,c,r,i),{filterDepth:l,filterHeight:u,filterWidth:p,dilationDepth:h,dilationHeight:m,dilationWidth:g,padInfo:f}=d,I=f.front,k=f.left,b=f.top,x=new pt(d.outShape,e.dtype),y=t.data.get(e.dataId).values,S=t.data.get(a.dataId).values,w=x.values,C=X(e.shape),R=X(a.shape);for(let F=0;F<d.batchSize;++F){const E=F*C[0],W=F*x.strides[0];for(let N=0;N<d.outDepth;++N){const D=W+N*x.strides[1],v=N*d.strideDepth-I;for(let T=0;T<l;++T){const A=v+T*h;if(A<0||A>=d.inDepth)continue;const M=T*R[0],V=E+A*C[1];for(let $=0;$<d.outHeight;++$){const O=D+$*x.strides[2],H=$*d.strideHeight-b;for(let z=0;z<u;++z){const L=H+z*m;if(L<0||L>=d.inHeight)continue;const P=M+z*R[1],B=V+L*C[2];for(let _=0;_<d.outWidth;++_){const U=O+_*d.outChannels,j=_*d.strideWidth-k;for(let Y=0;Y<p;++Y){const K=j+Y*g;if(K<0||K>=d.inWidth)continue;const Z=P+Y*R[2],tt=B+K*d.inChannels;let rt=Z;for(let et=0;et<d.inChannels;++et){const Q=y[tt+et];for(let ot=0;ot<d.outChannels;++ot)w[U+ot]+=Q*S[rt+ot];rt+=d.outChannels}}}}}}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}const Zl={kernelName:Io,backendName:"cpu",kernelFunc:Kl};/**
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
 */function Jl(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,dy:a}=s,{strides:c,pad:i,filterShape:r}=n;G([e,a],"conv3dBackpropFilterV2");const d=X(e.shape),l=X(a.shape),u=Ce(e.shape,r,c,1,i),p=u.strideDepth,h=u.strideHeight,m=u.strideWidth,g=u.filterDepth,f=u.filterHeight,I=u.filterWidth,k=new pt(u.filterShape,"float32"),b=k.values,[x,y,S,w]=k.strides,C=t.data.get(a.dataId).values,[R,F,E,W]=l,N=t.data.get(e.dataId).values,[D,v,T,A]=d,M=u.padInfo.front,V=u.padInfo.left,$=u.padInfo.top;for(let O=0;O<g;++O){const H=Math.max(0,Math.ceil((M-O)/p)),z=Math.min(u.outDepth,(u.inDepth+M-O)/p),L=O*x;for(let P=0;P<f;++P){const B=Math.max(0,Math.ceil(($-P)/h)),_=Math.min(u.outHeight,(u.inHeight+$-P)/h),U=P*y+L;for(let j=0;j<I;++j){const Y=Math.max(0,Math.ceil((V-j)/m)),K=Math.min(u.outWidth,(u.inWidth+V-j)/m),Z=j*S+U;for(let tt=0;tt<u.inChannels;++tt){const rt=tt*w+Z;for(let et=0;et<u.outChannels;++et){let Q=0;for(let ot=0;ot<u.batchSize;++ot){const at=ot*D,Nt=ot*R;for(let lt=H;lt<z;++lt){const It=(O+lt*p-M)*v+at,Wt=lt*F+Nt;for(let bt=B;bt<_;++bt){const Rt=(P+bt*h-$)*T+It,Ft=bt*E+Wt;for(let Dt=Y;Dt<K;++Dt){const fe=(j+Dt*m-V)*A+Rt,he=Dt*W+Ft;Q+=N[fe+tt]*C[he+et]}}}}b[rt+et]=Q}}}}}return t.makeTensorInfo(k.shape,k.dtype,k.values)}const Ql={kernelName:ko,backendName:"cpu",kernelFunc:Jl};/**
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
 */function td(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,filter:a}=s,{pad:c,strides:i,inputShape:r}=n;G([e],"conv3dBackpropInputV2");const d=X(e.shape),l=X(a.shape),u=Ce(r,a.shape,i,1,c),p=new pt(u.inShape,"float32"),h=p.values,[m,g,f,I]=p.strides,k=t.data.get(e.dataId).values,[b,x,y,S]=d,w=t.data.get(a.dataId).values,[C,R,F,E]=l,{batchSize:W,filterDepth:N,filterHeight:D,filterWidth:v,inChannels:T,inDepth:A,inHeight:M,inWidth:V,outChannels:$,outDepth:O,outHeight:H,outWidth:z,strideDepth:L,strideHeight:P,strideWidth:B}=u,_=N-1-u.padInfo.front,U=D-1-u.padInfo.top,j=v-1-u.padInfo.left;for(let Y=0;Y<W;++Y)for(let K=0;K<T;++K)for(let Z=0;Z<A;++Z){const tt=Z-_,rt=Math.max(0,Math.ceil(tt/L)),et=Math.min(O,(N+tt)/L);for(let Q=0;Q<M;++Q){const ot=Q-U,at=Math.max(0,Math.ceil(ot/P)),Nt=Math.min(H,(D+ot)/P);for(let lt=0;lt<V;++lt){const Mt=lt-j,It=Math.max(0,Math.ceil(Mt/B)),Wt=Math.min(z,(v+Mt)/B);let bt=0;for(let vt=rt;vt<et;++vt){const Rt=vt*L-tt;for(let Ft=at;Ft<Nt;++Ft){const Dt=Ft*P-ot;for(let Xt=It;Xt<Wt;++Xt){const fe=Xt*B-Mt,he=b*Y+x*vt+y*Ft+S*Xt,Cs=C*(N-1-Rt)+R*(D-1-Dt)+F*(v-1-fe)+E*K;for(let ee=0;ee<$;++ee){const Ns=k[he+ee],vs=w[Cs+ee];bt+=Ns*vs}}}}h[m*Y+g*Z+f*Q+I*lt+K]=bt}}}return t.makeTensorInfo(p.shape,p.dtype,p.values)}const ed={kernelName:xo,backendName:"cpu",kernelFunc:td};/**
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
 */const nd=J(Rn,o=>Math.cos(o)),sd={kernelName:Rn,backendName:"cpu",kernelFunc:nd};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const ad=J(Fn,o=>Math.cosh(o)),od={kernelName:Fn,backendName:"cpu",kernelFunc:ad};/**
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
 */function rd(o){const{inputs:s,backend:t,attrs:n}=o,{image:e,boxes:a,boxInd:c}=s,{cropSize:i,method:r,extrapolationValue:d}=n,[l,u,p,h]=e.shape,m=a.shape[0],[g,f]=i,I=nt([m,g,f,h],"float32"),k=t.data.get(a.dataId).values,b=t.data.get(c.dataId).values,x=t.data.get(e.dataId).values,y=X(e.shape),S=X(I.shape);for(let w=0;w<m;w++){const C=w*4,R=k[C],F=k[C+1],E=k[C+2],W=k[C+3],N=b[w];if(N>=l)continue;const D=g>1?(E-R)*(u-1)/(g-1):0,v=f>1?(W-F)*(p-1)/(f-1):0;for(let T=0;T<g;T++){const A=g>1?R*(u-1)+T*D:.5*(R+E)*(u-1);if(A<0||A>u-1){for(let M=0;M<f;M++)for(let V=0;V<h;V++){const $=V+M*S[2]+T*S[1]+w*S[0];I.values[$]=d}continue}if(r==="bilinear"){const M=Math.floor(A),V=Math.ceil(A),$=A-M;for(let O=0;O<f;O++){const H=f>1?F*(p-1)+O*v:.5*(F+W)*(p-1);if(H<0||H>p-1){for(let B=0;B<h;B++){const _=B+O*S[2]+T*S[1]+w*S[0];I.values[_]=d}continue}const z=Math.floor(H),L=Math.ceil(H),P=H-z;for(let B=0;B<h;B++){let _=B+z*y[2]+M*y[1]+N*y[0];const U=x[_];_=B+L*y[2]+M*y[1]+N*y[0];const j=x[_];_=B+z*y[2]+V*y[1]+N*y[0];const Y=x[_];_=B+L*y[2]+V*y[1]+N*y[0];const K=x[_],Z=U+(j-U)*P,tt=Y+(K-Y)*P;_=B+O*S[2]+T*S[1]+w*S[0],I.values[_]=Z+(tt-Z)*$}}}else for(let M=0;M<f;++M){const V=f>1?F*(p-1)+M*v:.5*(F+W)*(p-1);if(V<0||V>p-1){for(let H=0;H<h;H++){const z=H+M*S[2]+T*S[1]+w*S[0];I.values[z]=d}continue}const $=Math.round(V),O=Math.round(A);for(let H=0;H<h;H++){const z=H+$*y[2]+O*y[1]+N*y[0],L=H+M*S[2]+T*S[1]+w*S[0];I.values[L]=x[z]}}}}return t.makeTensorInfo(I.shape,I.dtype,I.values)}const id={kernelName:bo,backendName:"cpu",kernelFunc:rd};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function cd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,exclusive:c,reverse:i}=n;G(e,"cumprod");const r=wt([a],e.shape.length);let d=e;r!=null&&(d=ht({inputs:{x:e},backend:t,attrs:{perm:r}}));const l=Ct(1,e.shape.length)[0];if(l!==d.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${d.shape.length-1} but got axis=${l}`);const u=Jt(d.dtype,"int32"),p=So(q(d.shape),u),h=t.data.get(d.dataId).values,m=d.shape[d.shape.length-1],g=i?(I,k)=>I+m-k-1:(I,k)=>I+k;for(let I=0;I<h.length;I+=m)for(let k=0;k<m;k++){const b=g(I,k);if(k===0)p[b]=c?1:h[b];else{const x=g(I,k-1);p[b]=c?h[x]*p[x]:h[b]*p[x]}}const f=t.makeTensorInfo(d.shape,u,p);if(r!=null){const I=Dn(r),k=ht({inputs:{x:f},backend:t,attrs:{perm:I}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),k}return f}const ld={kernelName:yo,backendName:"cpu",kernelFunc:cd};/**
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
 */function dd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,exclusive:c,reverse:i}=n;G(e,"cumsum");const r=wt([a],e.shape.length);let d=e;r!=null&&(d=ht({inputs:{x:e},backend:t,attrs:{perm:r}}));const l=Ct(1,e.shape.length)[0];if(l!==d.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${d.shape.length-1} but got axis=${l}`);const u=Jt(d.dtype,"int32"),p=xt(q(d.shape),u),h=t.data.get(d.dataId).values,m=d.shape[d.shape.length-1],g=i?(I,k)=>I+m-k-1:(I,k)=>I+k;for(let I=0;I<h.length;I+=m)for(let k=0;k<m;k++){const b=g(I,k);if(k===0)p[b]=c?0:h[b];else{const x=g(I,k-1);p[b]=c?h[x]+p[x]:h[b]+p[x]}}const f=t.makeTensorInfo(d.shape,u,p);if(r!=null){const I=Dn(r),k=ht({inputs:{x:f},backend:t,attrs:{perm:I}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),k}return f}const ud={kernelName:wo,backendName:"cpu",kernelFunc:dd};/**
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
 */function pd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,weights:a}=s,{size:c,binaryOutput:i}=n;if(e.shape.length===1){const r=t.data.get(e.dataId).values,d=t.data.get(a.dataId).values,l=ts(r,d,a.dtype,a.shape,c);return t.makeTensorInfo([c],a.dtype,l)}else if(e.shape.length===2){const r=t.bufferSync(e),d=t.bufferSync(a),l=ci(r,d,c,i);return t.makeTensorInfo(l.shape,a.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${e.shape.length}.`)}const fd={kernelName:Co,backendName:"cpu",kernelFunc:pd};/**
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
 */function hd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{blockSize:a,dataFormat:c}=n;dt(c==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${c}`);const i=e.shape[0],r=e.shape[1],d=e.shape[2],l=e.shape[3],u=r*a,p=d*a,h=l/(a*a),m=t.data.get(e.dataId).values,g=new Float32Array(i*u*p*h);let f=0;for(let I=0;I<i;++I)for(let k=0;k<u;++k){const b=Math.floor(k/a),x=k%a;for(let y=0;y<p;++y){const S=Math.floor(y/a),w=y%a,C=(x*a+w)*h;for(let R=0;R<h;++R){const E=R+C+l*(S+d*(b+r*I));g[f++]=m[E]}}}return t.makeTensorInfo([i,u,p,h],e.dtype,g)}const md={kernelName:No,backendName:"cpu",kernelFunc:hd};/**
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
 */function Is(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,filter:a}=s,{strides:c,pad:i,dilations:r,dimRoundingMode:d}=n;G([e,a],"depthwiseConv2DNative");const l=X(e.shape),u=X(a.shape);let p=r;p==null&&(p=[1,1]),dt(ye(c,p),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${c} and dilations '${p}'`);const h=Ut(e.shape,a.shape,c,p,i,d,!0),{filterHeight:m,filterWidth:g,dilationHeight:f,dilationWidth:I,padInfo:k}=h,b=k.left,x=k.top,y=h.outChannels/h.inChannels,S=new pt(h.outShape,e.dtype),w=t.data.get(e.dataId).values,C=t.data.get(a.dataId).values,R=S.values;for(let F=0;F<h.batchSize;++F){const E=F*l[0],W=F*S.strides[0];for(let N=0;N<h.outHeight;++N){const D=W+N*S.strides[1],v=N*h.strideHeight-x;for(let T=0;T<m;++T){const A=v+T*f;if(A<0||A>=h.inHeight)continue;const M=T*u[0],V=E+A*l[1];for(let $=0;$<h.outWidth;++$){const O=D+$*S.strides[2],H=$*h.strideWidth-b;for(let z=0;z<g;++z){const L=H+z*I;if(L<0||L>=h.inWidth)continue;const P=M+z*u[1],B=V+L*h.inChannels;let _=O,U=P;for(let j=0;j<h.inChannels;++j){const Y=w[B+j];for(let K=0;K<y;++K)R[_+K]+=Y*C[U+K];_+=y,U+=y}}}}}}return t.makeTensorInfo(S.shape,S.dtype,S.values)}const gd={kernelName:vo,backendName:"cpu",kernelFunc:Is};/**
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
 */function Id(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,dy:a}=s,{strides:c,dilations:i,pad:r,dimRoundingMode:d,filterShape:l}=n;G([e,a],"depthwiseConv2dNativeBackpropFilter");const u=Ut(e.shape,l,c,i,r,d,!0),{strideHeight:p,strideWidth:h,filterHeight:m,filterWidth:g}=u,f=new pt(u.filterShape,"float32"),I=u.padInfo.left,k=u.padInfo.top,b=u.outChannels/u.inChannels,x=t.data.get(e.dataId).values,y=new pt(e.shape,e.dtype,x),S=t.data.get(a.dataId).values,w=new pt(a.shape,a.dtype,S);for(let C=0;C<m;++C){const R=Math.max(0,Math.ceil((k-C)/p)),F=Math.min(u.outHeight,(u.inHeight+k-C)/p);for(let E=0;E<g;++E){const W=Math.max(0,Math.ceil((I-E)/h)),N=Math.min(u.outWidth,(u.inWidth+I-E)/h);for(let D=0;D<u.outChannels;++D){const v=Math.trunc(D/b),T=D%b;let A=0;for(let M=0;M<u.batchSize;++M)for(let V=R;V<F;++V){const $=C+V*p-k;for(let O=W;O<N;++O){const H=E+O*h-I;A+=y.get(M,$,H,v)*w.get(M,V,O,D)}}f.set(A,C,E,v,T)}}}return t.makeTensorInfo(f.shape,f.dtype,f.values)}const kd={kernelName:To,backendName:"cpu",kernelFunc:Id};/**
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
 */function xd(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,filter:a}=s,{strides:c,dilations:i,pad:r,dimRoundingMode:d,inputShape:l}=n;G([e,a],"depthwiseConv2DNativeBackpropInput");const u=X(e.shape),p=X(a.shape),h=Ut(l,a.shape,c,i,r,d,!0),m=new pt(h.inShape,"float32"),g=m.values,[f,I,k]=m.strides,b=t.data.get(e.dataId).values,[x,y,S]=u,w=t.data.get(a.dataId).values,[C,R,F]=p,{batchSize:E,filterHeight:W,filterWidth:N,inChannels:D,inHeight:v,inWidth:T,outChannels:A,outHeight:M,outWidth:V,strideHeight:$,strideWidth:O}=h,H=W-1-h.padInfo.top,z=N-1-h.padInfo.left,L=A/D;for(let P=0;P<E;++P)for(let B=0;B<D;++B)for(let _=0;_<v;++_){const U=_-H,j=Math.max(0,Math.ceil(U/$)),Y=Math.min(M,(W+U)/$);for(let K=0;K<T;++K){const Z=K-z,tt=Math.max(0,Math.ceil(Z/O)),rt=Math.min(V,(N+Z)/O);let et=0;for(let Q=j;Q<Y;++Q){const ot=Q*$-U;for(let at=tt;at<rt;++at){const Nt=at*O-Z,lt=x*P+y*Q+S*at,Mt=C*(W-1-ot)+R*(N-1-Nt)+F*B;for(let It=0;It<L;++It){const Wt=B*L+It,bt=b[lt+Wt],vt=w[Mt+It];et+=bt*vt}}}g[f*P+I*_+k*K+B]=et}}return t.makeTensorInfo(m.shape,m.dtype,m.values)}const bd={kernelName:Mo,backendName:"cpu",kernelFunc:xd};/**
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
 */function yd(o){const{inputs:s,backend:t}=o,{x:n}=s,e=q(n.shape),a=t.data.get(n.dataId).values,c=nt([e,e],n.dtype),i=c.values;for(let d=0;d<a.length;d++)i[d*e+d]=a[d];const r=[...n.shape,...n.shape];return t.makeTensorInfo(r,c.dtype,c.values)}const Sd={kernelName:Ro,backendName:"cpu",kernelFunc:yd};/**
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
 */const wd={kernelName:Fo,backendName:"cpu",kernelFunc:({inputs:o,backend:s,attrs:t})=>{const{x:n,filter:e}=o,{strides:a,pad:c,dilations:i}=t,r=s,d=r.data.get(n.dataId).values,l=n.shape.length,u=r.data.get(e.dataId).values,p=e.shape.length,{batchSize:h,inHeight:m,inWidth:g,inChannels:f,outHeight:I,outWidth:k,padInfo:b,strideHeight:x,strideWidth:y,filterHeight:S,filterWidth:w,dilationHeight:C,dilationWidth:R,outShape:F}=Ne(n.shape,e.shape,a,c,"NHWC",i),E=q(F),W=F.length,N=ut(n.dtype,E);for(let v=0;v<h;++v)for(let T=0;T<I;++T){const A=T*x-b.top;for(let M=0;M<k;++M){const V=M*y-b.left;for(let $=0;$<f;++$){let O=Number.MIN_SAFE_INTEGER;for(let z=0;z<S;++z){const L=A+z*C;if(L>=0&&L<m)for(let P=0;P<w;++P){const B=V+P*R;if(B>=0&&B<g){const _=yt([v,L,B,$],l,X(n.shape)),U=yt([z,P,$],p,X(e.shape)),j=d[_]+u[U];j>O&&(O=j)}}}const H=yt([v,T,M,$],W,X(F));N[H]=O}}}return{dataId:r.write(le(N,n.dtype),F,n.dtype),shape:F,dtype:n.dtype}}};/**
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
 */const Cd={kernelName:We,backendName:"cpu",kernelFunc:({inputs:o,backend:s,attrs:t})=>{const{x:n,filter:e,dy:a}=o,{strides:c,pad:i,dilations:r}=t,d=s,l=Ht(n.shape,d.data.get(n.dataId).values),u=Ht(e.shape,d.data.get(e.dataId).values),{batchSize:p,inHeight:h,inWidth:m,inChannels:g,outHeight:f,outWidth:I,padInfo:k,strideHeight:b,strideWidth:x,filterHeight:y,filterWidth:S,dilationHeight:w,dilationWidth:C,outShape:R}=Ne(n.shape,e.shape,c,i,"NHWC",r);dt(a.rank===R.length,()=>`Error in ${We}, dy must have the same rank as output ${R.length}, but got ${a.rank}`);const F=Ht(R,d.data.get(a.dataId).values),E=Vn(e.shape,e.dtype);for(let N=0;N<p;++N)for(let D=0;D<f;++D){const v=D*b-k.top;for(let T=0;T<I;++T){const A=T*x-k.left;for(let M=0;M<g;++M){let V=Number.MIN_SAFE_INTEGER,$=0,O=0;for(let H=0;H<y;++H){const z=v+H*w;if(z>=0&&z<h)for(let L=0;L<S;++L){const P=A+L*C;if(P>=0&&P<m){const B=l[N][z][P][M]+u[H][L][M];B>V&&(V=B,$=H,O=L)}}}E[$][O][M]+=F[N][D][T][M]}}}return{dataId:d.write(le(E,n.dtype),e.shape,e.dtype),shape:e.shape,dtype:e.dtype}}};/**
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
 */const Nd={kernelName:Oe,backendName:"cpu",kernelFunc:({inputs:o,backend:s,attrs:t})=>{const{x:n,filter:e,dy:a}=o,{strides:c,pad:i,dilations:r}=t,d=s,l=Ht(n.shape,d.data.get(n.dataId).values),u=Ht(e.shape,d.data.get(e.dataId).values),{batchSize:p,inHeight:h,inWidth:m,inChannels:g,outHeight:f,outWidth:I,padInfo:k,strideHeight:b,strideWidth:x,filterHeight:y,filterWidth:S,dilationHeight:w,dilationWidth:C,outShape:R}=Ne(n.shape,e.shape,c,i,"NHWC",r);dt(a.rank===R.length,()=>`Error in ${Oe}, dy must have the same rank as output ${R.length}, but got ${a.rank}`);const F=Ht(R,d.data.get(a.dataId).values),E=Vn(n.shape,n.dtype);for(let N=0;N<p;++N)for(let D=0;D<f;++D){const v=D*b-k.top;for(let T=0;T<I;++T){const A=T*x-k.left;for(let M=0;M<g;++M){let V=Number.MIN_SAFE_INTEGER,$=v<0?0:v,O=A<0?0:A;for(let H=0;H<y;++H){const z=v+H*w;if(z>=0&&z<h)for(let L=0;L<S;++L){const P=A+L*C;if(P>=0&&P<m){const B=l[N][z][P][M]+u[H][L][M];B>V&&(V=B,$=z,O=P)}}}E[N][$][O][M]+=F[N][D][T][M]}}}return{dataId:d.write(le(E,n.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};/**
 * @license
 * Copyright 2023 Google LLC.
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
 */function vd(o){const{inputs:s,backend:t,attrs:n}=o,{image:e}=s,{canvas:a,options:c}=n,{contextOptions:i,imageOptions:r}=c||{},d=r?.alpha||1,l=i?.contextType||"2d";if(l!=="2d")throw new Error(`Context type ${i.contextType} is not supported by the CPU backend.`);const u=a.getContext(l,i?.contextAttributes||{});if(u==null)throw new Error(`Could not get the context with ${l} type.`);const[p,h]=e.shape.slice(0,2),m=e.shape.length===2?1:e.shape[2],g=t.data.get(e.dataId).values,f=e.dtype==="float32"?255:1,I=new Uint8ClampedArray(h*p*4);for(let b=0;b<p*h;++b){const x=[0,0,0,255*d];for(let S=0;S<m;S++){const w=g[b*m+S];if(e.dtype==="float32"){if(w<0||w>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${w}.`)}else if(e.dtype==="int32"&&(w<0||w>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${w}.`);m===1?(x[0]=w*f,x[1]=w*f,x[2]=w*f):x[S]=w*f}const y=b*4;I[y+0]=Math.round(x[0]),I[y+1]=Math.round(x[1]),I[y+2]=Math.round(x[2]),I[y+3]=Math.round(x[3])}a.width=h,a.height=p;const k=new ImageData(I,h,p);return u.putImageData(k,0,0),e}const Td={kernelName:Do,backendName:"cpu",kernelFunc:vd};/**
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
 */function te(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n;G(e,"sum");let i;e.dtype==="bool"?i=Vt({inputs:{x:e},backend:t,attrs:{dtype:"int32"}}):i=St({inputs:{x:e},backend:t});const r=i.shape.length,d=gt(a,i.shape),l=wt(d,r);let u=d,p=i;l!=null&&(p=ht({inputs:{x:i},backend:t,attrs:{perm:l}}),u=Ct(u.length,r)),zt("sum",u,p.shape.length);const[h,m]=Tt(p.shape,u),g=Jt(p.dtype,"int32");let f=se(t,h,g);const I=q(m),k=t.data.get(f.dataId).values,b=t.data.get(p.dataId).values;for(let x=0;x<k.length;++x){const y=x*I;let S=0;for(let w=0;w<I;++w)S+=b[y+w];k[x]=S}if(c){const x=$t(f.shape,d),y=f;f=st({inputs:{x:f},backend:t,attrs:{shape:x}}),t.disposeIntermediateTensorInfo(y)}return t.disposeIntermediateTensorInfo(i),l!=null&&t.disposeIntermediateTensorInfo(p),f}const Md={kernelName:Vo,backendName:"cpu",kernelFunc:te};/**
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
 */function Rd(o){const{inputs:s,backend:t,attrs:n}=o,{equation:e}=n,a=s,{allDims:c,summedDims:i,idDims:r}=Us(e,a.length);Xs(c.length,r,a);const{path:d,steps:l}=Ys(i,r),u=l.length;let p=null,h=c.length;const m=[];for(let g=0;g<u;++g){for(const f of l[g]){const{permutationIndices:I,expandDims:k}=Ks(h,r[f]);let b;Zs(I)?b=a[f]:(b=ht({inputs:{x:a[f]},backend:t,attrs:{perm:I}}),m.push(b));const x=b.shape.slice();for(let y=0;y<k.length;++y)x.splice(k[y],0,1);Se(b.shape,x)||(b=st({inputs:{x:b},backend:t,attrs:{shape:x}}),m.push(b)),p===null?p=b:(p=ue({inputs:{a:b,b:p},backend:t}),m.push(p))}g<u-1&&(d[g]>=0&&(p=te({inputs:{x:p},backend:t,attrs:{axis:d[g]-(c.length-h),keepDims:!1}}),m.push(p)),h--)}for(const g of m)g!==p&&t.disposeIntermediateTensorInfo(g);return p}const Fd={kernelName:Eo,backendName:"cpu",kernelFunc:Rd};/**
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
 */function Dd(o){const{inputs:s,backend:t}=o,{dy:n,y:e}=s;G([n,e],"eluGrad");const a=new Float32Array(q(e.shape)),c=t.data.get(e.dataId).values,i=t.data.get(n.dataId).values;for(let r=0;r<c.length;++r){const d=c[r];d>=0?a[r]=i[r]:a[r]=i[r]*(d+1)}return t.makeTensorInfo(e.shape,"float32",a)}const Vd={kernelName:Ao,backendName:"cpu",kernelFunc:Dd};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Ed=sa,Ad=na,Wd=ea,Od=ta,$d=Qs,zd=Js,Pd=J(En,o=>{const s=Math.sign(o),t=Math.abs(o),n=1/(1+Ed*t);return s*(1-((((zd*n+$d)*n+Od)*n+Wd)*n+Ad)*n*Math.exp(-t*t))}),Hd={kernelName:En,backendName:"cpu",kernelFunc:Pd};/**
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
 */function re(o){const{inputs:s,backend:t,attrs:n}=o,{input:e}=s,{dim:a}=n,c=e.shape.length,i=e.shape.slice();let r=a;return a<0&&(dt(-(c+1)<=a,()=>`Axis must be in the interval [${-(c+1)}, ${c}]`),r=c+a+1),i.splice(r,0,1),st({inputs:{x:e},backend:t,attrs:{shape:i}})}const Ld={kernelName:Wo,backendName:"cpu",kernelFunc:re};/**
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
 */const Bd=it((o,s)=>o/s),Fe=ct(An,Bd),Ie={kernelName:An,backendName:"cpu",kernelFunc:Fe};/**
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
 */function ks(o,s,t){const n=o.shape,e=n[0],a=n[1],c=t.data.get(o.dataId),i=c.complexTensorInfos.real,r=c.complexTensorInfos.imag,d=[e,a],l=q(d),u=ft("float32",l),p=ft("float32",l);for(let f=0;f<e;f++){const I=Bt({inputs:{x:i},backend:t,attrs:{begin:[f,0],size:[1,a]}}),k=Bt({inputs:{x:r},backend:t,attrs:{begin:[f,0],size:[1,a]}}),b=mt({inputs:{real:I,imag:k},backend:t}),{real:x,imag:y}=Gd(b,s,t),S=Lt(x,y);for(let w=0;w<a;w++){const C=je(S,w);u[f*a+w]=C.real,p[f*a+w]=C.imag}t.disposeIntermediateTensorInfo(I),t.disposeIntermediateTensorInfo(k),t.disposeIntermediateTensorInfo(b)}const h=t.makeTensorInfo(d,"float32",u),m=t.makeTensorInfo(d,"float32",p),g=mt({inputs:{real:h,imag:m},backend:t});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),g}function Gd(o,s,t){const n=q(o.shape),e=t.data.get(o.dataId),a=t.data.get(e.complexTensorInfos.real.dataId).values,c=t.data.get(e.complexTensorInfos.imag.dataId).values;if(qd(n)){const i=ke(a,c,n,s,t),r=[o.shape[0],o.shape[1]];if(s){const d=t.makeTensorInfo(r,"float32",i.real),l=t.makeTensorInfo(r,"float32",i.imag),u=t.makeTensorInfo([],"float32",be(n,"float32")),p=St({inputs:{x:u},backend:t}),h=Ie.kernelFunc({inputs:{a:d,b:u},backend:t}),m=Ie.kernelFunc({inputs:{a:l,b:p},backend:t}),g=t.data.get(h.dataId).values,f=t.data.get(m.dataId).values;return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),{real:g,imag:f}}return i}else{const i=Lt(a,c),r=_d(i,n,s);return aa(r)}}function qd(o){return(o&o-1)===0}function ke(o,s,t,n,e){if(t===1)return{real:o,imag:s};const a=Lt(o,s),c=t/2,i=oa(a),r=i.real,d=i.imag,l=[r.length],u=e.makeTensorInfo(l,"float32",r),p=e.makeTensorInfo(l,"float32",d),h=mt({inputs:{real:u,imag:p},backend:e}),m=ra(a),g=m.real,f=m.imag,I=[g.length],k=e.makeTensorInfo(I,"float32",g),b=e.makeTensorInfo(I,"float32",f),x=mt({inputs:{real:k,imag:b},backend:e}),y=ke(r,d,c,n,e),S=y.real,w=y.imag,C=[S.length],R=e.makeTensorInfo(C,"float32",S),F=e.makeTensorInfo(C,"float32",w),E=mt({inputs:{real:R,imag:F},backend:e}),W=ke(g,f,c,n,e),N=W.real,D=W.imag,v=[N.length],T=e.makeTensorInfo(v,"float32",N),A=e.makeTensorInfo(v,"float32",D),M=mt({inputs:{real:T,imag:A},backend:e}),V=ia(t,n),$=[V.real.length],O=e.makeTensorInfo($,"float32",V.real),H=e.makeTensorInfo($,"float32",V.imag),z=mt({inputs:{real:O,imag:H},backend:e}),L=ue({inputs:{a:z,b:M},backend:e}),P=Gt({inputs:{a:E,b:L},backend:e}),B=Me({inputs:{a:E,b:L},backend:e}),_=Ot({inputs:{input:P},backend:e}),U=Ot({inputs:{input:B},backend:e}),j=qt({inputs:{input:P},backend:e}),Y=qt({inputs:{input:B},backend:e}),K=_t({inputs:[_,U],backend:e,attrs:{axis:0}}),Z=_t({inputs:[j,Y],backend:e,attrs:{axis:0}}),tt=e.data.get(K.dataId).values,rt=e.data.get(Z.dataId).values;return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(k),e.disposeIntermediateTensorInfo(b),e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(R),e.disposeIntermediateTensorInfo(F),e.disposeIntermediateTensorInfo(E),e.disposeIntermediateTensorInfo(T),e.disposeIntermediateTensorInfo(A),e.disposeIntermediateTensorInfo(M),e.disposeIntermediateTensorInfo(O),e.disposeIntermediateTensorInfo(H),e.disposeIntermediateTensorInfo(z),e.disposeIntermediateTensorInfo(L),e.disposeIntermediateTensorInfo(P),e.disposeIntermediateTensorInfo(B),e.disposeIntermediateTensorInfo(_),e.disposeIntermediateTensorInfo(j),e.disposeIntermediateTensorInfo(U),e.disposeIntermediateTensorInfo(Y),e.disposeIntermediateTensorInfo(K),e.disposeIntermediateTensorInfo(Z),{real:tt,imag:rt}}function _d(o,s,t){const n=new Float32Array(s*2);for(let e=0;e<s;e++){let a=0,c=0;for(let i=0;i<s;i++){const r=la(e*i,s,t),d=je(o,i);a+=d.real*r.real-d.imag*r.imag,c+=d.real*r.imag+d.imag*r.real}t&&(a/=s,c/=s),ca(n,a,c,e)}return n}/**
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
 */function jd(o){const{inputs:s,backend:t}=o,{input:n}=s,e=q(n.shape),a=n.shape[n.shape.length-1],c=e/a,i=st({inputs:{x:n},backend:t,attrs:{shape:[c,a]}}),r=ks(i,!1,t),d=st({inputs:{x:r},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(r),d}const Ud={kernelName:Oo,backendName:"cpu",kernelFunc:jd};/**
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
 */function De(o){const{backend:s,attrs:t}=o,{shape:n,value:e,dtype:a}=t,c=a||zo(e),i=ut(c,q(n));return Yd(i,e,c),s.makeTensorInfo(n,c,i)}const Xd={kernelName:$o,backendName:"cpu",kernelFunc:De};function Yd(o,s,t){o.fill(s)}/**
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
 */const Kd={kernelName:Po,backendName:"cpu",kernelFunc:({inputs:o,attrs:s,backend:t})=>{const{image:n}=o,e=t,a=ft(n.dtype,q(n.shape)),[c,i,r,d]=n.shape,l=e.data.get(n.dataId).values;for(let p=0;p<c;p++){const h=p*r*i*d;for(let m=0;m<i;m++){const g=m*(r*d);for(let f=0;f<r;f++){const I=f*d;for(let k=0;k<d;k++){const b=Math.round(r-f-1),x=h+g+I+k;let y=l[x];if(b>=0&&b<r){const S=b*d,w=h+g+S+k;y=l[w]}a[x]=y}}}}return{dataId:e.write(a,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};/**
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
 */function Zd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,filter:a,bias:c,preluActivationWeights:i}=s,{strides:r,pad:d,dataFormat:l,dilations:u,dimRoundingMode:p,activation:h,leakyreluAlpha:m}=n;let g=gs({inputs:{x:e,filter:a},backend:t,attrs:{strides:r,pad:d,dataFormat:l,dilations:u,dimRoundingMode:p}});if(c){const f=g;if(l==="NCHW"&&c.shape.length===1&&c.shape[0]!==1){const I=st({inputs:{x:c},backend:t,attrs:{shape:[c.shape[0],1,1]}});g=Gt({inputs:{a:g,b:I},backend:t}),t.disposeIntermediateTensorInfo(I)}else g=Gt({inputs:{a:g,b:c},backend:t});t.disposeIntermediateTensorInfo(f)}if(h){const f=g;if(l==="NCHW"&&h==="prelu"&&i.shape.length===1&&i.shape[0]!==1){const I=st({inputs:{x:i},backend:t,attrs:{shape:[i.shape[0],1,1]}});g=oe(t,g,h,I,m),t.disposeIntermediateTensorInfo(I)}else g=oe(t,g,h,i,m);t.disposeIntermediateTensorInfo(f)}return g}const Jd={kernelName:Ho,backendName:"cpu",kernelFunc:Zd};/**
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
 */function Qd(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,filter:a,bias:c,preluActivationWeights:i}=s,{strides:r,pad:d,dataFormat:l,dilations:u,dimRoundingMode:p,activation:h,leakyreluAlpha:m}=n;let g=Is({inputs:{x:e,filter:a},backend:t,attrs:{strides:r,pad:d,dataFormat:l,dilations:u,dimRoundingMode:p}});if(c){const f=g;g=Gt({inputs:{a:g,b:c},backend:t}),t.disposeIntermediateTensorInfo(f)}if(h){const f=g;g=oe(t,g,h,i,m),t.disposeIntermediateTensorInfo(f)}return g}const tu={kernelName:Lo,backendName:"cpu",kernelFunc:Qd};/**
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
 */function eu(o){const{inputs:s,backend:t}=o,{params:n,indices:e}=s,a=q(n.shape),c=e.shape,i=c[c.length-1],[r,d,l,u]=da(n,e);if(d===0)return t.makeTensorInfo(r,n.dtype,[]);const p=t.data.get(e.dataId).values,h=t.bufferSync(n),m=Mi(p,h,n.dtype,d,i,l,u,n.shape,a);return t.makeTensorInfo(r,n.dtype,m.values)}const nu={kernelName:Bo,backendName:"cpu",kernelFunc:eu};/**
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
 */function su(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,indices:a}=s,{axis:c,batchDims:i}=n;G([e,a],"gatherV2");const r=gt(c,e.shape)[0],d=t.data.get(a.dataId).values,l=e.shape[r];for(let x=0;x<d.length;++x){const y=d[x];dt(y<=l-1&&y>=0,()=>`GatherV2: the index value ${y} is not in [0, ${l-1}]`)}let u=i;i==null&&(u=0);const p=q(a.shape),h=ua(e,a,r,u),m=st({inputs:{x:e},backend:t,attrs:{shape:[h.batchSize,h.outerSize,h.dimSize,h.sliceSize]}}),g=st({inputs:{x:a},backend:t,attrs:{shape:[h.batchSize,p/h.batchSize]}}),f=[h.batchSize,h.outerSize,p/h.batchSize,h.sliceSize],I=t.bufferSync(g),k=t.bufferSync(m),b=Ri(k,I,f);return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),t.makeTensorInfo(h.outputShape,b.dtype,b.values)}const au={kernelName:Go,backendName:"cpu",kernelFunc:su};/**
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
 */function ou(o){const{inputs:s,backend:t}=o,{input:n}=s,e=q(n.shape),a=n.shape[n.shape.length-1],c=e/a,i=st({inputs:{x:n},backend:t,attrs:{shape:[c,a]}}),r=ks(i,!0,t),d=st({inputs:{x:r},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(r),d}const ru={kernelName:qo,backendName:"cpu",kernelFunc:ou};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const iu=J(Wn,o=>Number.isFinite(o)?1:0,"bool"),cu={kernelName:Wn,backendName:"cpu",kernelFunc:iu};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const lu=J(On,o=>Math.abs(o)===1/0?1:0,"bool"),du={kernelName:On,backendName:"cpu",kernelFunc:lu};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const uu=J($n,o=>Number.isNaN(o)?1:0,"bool"),pu={kernelName:$n,backendName:"cpu",kernelFunc:uu};/**
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
 */function fu(o){const{backend:s,attrs:t}=o,{start:n,stop:e,num:a}=t,c=Bi(n,e,a);return s.makeTensorInfo([c.length],"float32",c)}const hu={kernelName:_o,backendName:"cpu",kernelFunc:fu};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const mu=J(zn,o=>Math.log1p(o)),gu={kernelName:zn,backendName:"cpu",kernelFunc:mu};/**
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
 */const Iu=it((o,s)=>o&&s),ku=ct(Pn,Iu,null,"bool"),xu={kernelName:Pn,backendName:"cpu",kernelFunc:ku};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const bu=J(Hn,o=>o?0:1,"bool"),yu={kernelName:Hn,backendName:"cpu",kernelFunc:bu};/**
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
 */const Su=it((o,s)=>o||s),wu=ct(Ln,Su,null,"bool"),Cu={kernelName:Ln,backendName:"cpu",kernelFunc:wu};/**
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
 */function Nu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{depthRadius:a,bias:c,alpha:i,beta:r}=n;G(e,"LRN");const d=e.shape[3],l=d-1,u=t.data.get(e.dataId).values,p=q(e.shape),h=new Float32Array(p);function m(g){const f=g%d;let I=g-f+Math.max(0,f-a);const k=g-f+Math.min(f+a,l);let b=0;for(;I<=k;I++){const x=u[I];b+=x*x}return b}for(let g=0;g<p;g++){const f=m(g),I=u[g]*Math.pow(c+i*f,-r);h[g]=I}return t.makeTensorInfo(e.shape,e.dtype,h)}const vu={kernelName:jo,backendName:"cpu",kernelFunc:Nu};/**
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
 */function Tu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,y:a,dy:c}=s,{depthRadius:i,bias:r,alpha:d,beta:l}=n;G(c,"LRNGrad");const u=q(c.shape),p=c.shape[3],h=t.data.get(c.dataId).values,m=t.data.get(e.dataId).values,g=t.data.get(a.dataId).values,f=new Float32Array(u),I=u;for(let k=0;k<I;k++){const b=k%p,x=k-b+Math.max(0,b-i),y=k-b+Math.min(p,b+i+1);let S=0;for(let w=x;w<y;w++)S+=Math.pow(m[w],2);S=d*S+r;for(let w=x;w<y;w++){let C=-2*d*l*m[w]*g[k]/S;k===w&&(C+=Math.pow(S,-l)),C*=h[k],f[w]+=C}}return t.makeTensorInfo(c.shape,e.dtype,f)}const Mu={kernelName:Uo,backendName:"cpu",kernelFunc:Tu};/**
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
 */function xs(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{reductionIndices:a,keepDims:c}=n,i=t;let r=e.shape;const d=r.length,l=gt(a,r);let u=l;const p=wt(u,d);let h=i.data.get(e.dataId).values;if(p!=null){const x=new Array(d);for(let y=0;y<x.length;y++)x[y]=r[p[y]];h=as(h,r,e.dtype,p,x),u=Ct(u.length,d),r=x}G(e,"max"),zt("max",u,d);const[m,g]=Tt(r,u),f=q(g),I=ji(h,f,m,e.dtype),k=i.write(I,m,e.dtype);let b=m;return c&&(b=$t(m,l)),{dataId:k,shape:b,dtype:e.dtype}}const Ru={kernelName:Xo,backendName:"cpu",kernelFunc:xs};/**
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
 */function Fu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s;G(e,"maxPool");const{filterSize:a,strides:c,pad:i,dimRoundingMode:r}=n,d=1;dt(ye(c,d),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${c} and dilations '${d}'`);const l=Qt(e.shape,a,c,d,i,r);let u;if(l.filterWidth===1&&l.filterHeight===1&&Se(l.inShape,l.outShape))u=St({inputs:{x:e},backend:t});else{const p=t.data.get(e.dataId).values,h=X(e.shape),m=Re(p,e.shape,e.dtype,h,l,"max");u=t.makeTensorInfo(l.outShape,e.dtype,m.values)}return u}const Du={kernelName:Yo,backendName:"cpu",kernelFunc:Fu};/**
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
 */function Vu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{filterSize:a,strides:c,pad:i,dimRoundingMode:r,dataFormat:d}=n;G(e,"maxPool3d");const l=de(e.shape,a,c,1,i,r,d),u=t.data.get(e.dataId).values,p=ms(u,e.shape,e.dtype,X(e.shape),l,"max");return t.makeTensorInfo(p.shape,"float32",p.values)}const Eu={kernelName:Ko,backendName:"cpu",kernelFunc:Vu};/**
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
 */function Au(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,input:a}=s,{filterSize:c,strides:i,pad:r,dimRoundingMode:d}=n;G([e,a],"maxPool3DGrad");const l=de(a.shape,c,i,1,r,d),u=t.bufferSync(a),p=Sl(u,l),h=l.strideDepth,m=l.strideHeight,g=l.strideWidth,f=l.dilationDepth,I=l.dilationHeight,k=l.dilationWidth,b=l.effectiveFilterDepth,x=l.effectiveFilterHeight,y=l.effectiveFilterWidth,S=b-1-l.padInfo.front,w=y-1-l.padInfo.left,C=x-1-l.padInfo.top,R=nt(a.shape,"float32"),F=t.bufferSync(e);for(let E=0;E<l.batchSize;++E)for(let W=0;W<l.inChannels;++W)for(let N=0;N<l.inDepth;++N)for(let D=0;D<l.inHeight;++D)for(let v=0;v<l.inWidth;++v){const T=N-S,A=D-C,M=v-w;let V=0;for(let $=0;$<b;$+=f){const O=(T+$)/h;if(!(O<0||O>=l.outDepth||Math.floor(O)!==O))for(let H=0;H<x;H+=I){const z=(A+H)/m;if(!(z<0||z>=l.outHeight||Math.floor(z)!==z))for(let L=0;L<y;L+=k){const P=(M+L)/g;if(P<0||P>=l.outWidth||Math.floor(P)!==P)continue;const B=b*x*y-1-p.get(E,O,z,P,W),_=$*x*y+H*y+L,U=B===_?1:0;if(U===0)continue;const j=F.get(E,O,z,P,W);V+=j*U}}}R.set(V,E,N,D,v,W)}return t.makeTensorInfo(R.shape,R.dtype,R.values)}const Wu={kernelName:Zo,backendName:"cpu",kernelFunc:Au};/**
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
 */function Ou(o){const{inputs:s,backend:t,attrs:n}=o,{dy:e,input:a,output:c}=s,i=a;G([a,c],"maxPoolGrad");const{filterSize:r,strides:d,pad:l,dimRoundingMode:u}=n,p=Qt(i.shape,r,d,1,l,u),h=t.data.get(i.dataId).values,m=nt(p.outShape,i.dtype,hs(h,i.shape,i.dtype,p).values),g=p.strideHeight,f=p.strideWidth,I=p.dilationHeight,k=p.dilationWidth,b=p.effectiveFilterHeight,x=p.effectiveFilterWidth,y=x-1-p.padInfo.left,S=b-1-p.padInfo.top,w=nt(i.shape,"float32"),C=t.data.get(e.dataId).values,R=nt(e.shape,"float32",C);for(let F=0;F<p.batchSize;++F)for(let E=0;E<p.inChannels;++E)for(let W=0;W<p.inHeight;++W)for(let N=0;N<p.inWidth;++N){const D=W-S,v=N-y;let T=0;for(let A=0;A<b;A+=I){const M=(D+A)/g;if(!(M<0||M>=p.outHeight||Math.floor(M)!==M))for(let V=0;V<x;V+=k){const $=(v+V)/f;if($<0||$>=p.outWidth||Math.floor($)!==$)continue;const O=b*x-1-m.get(F,M,$,E),H=A*x+V,z=O===H?1:0;if(z===0)continue;const L=R.get(F,M,$,E);T+=L*z}}w.set(T,F,W,N,E)}return t.makeTensorInfo(w.shape,w.dtype,w.values)}const $u={kernelName:Jo,backendName:"cpu",kernelFunc:Ou};/**
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
 */function zu(o,s,t,n,e){const a=X(s),c=Re(o,s,t,a,e,"max"),i=hs(o,s,t,e,!0,n);return[c.values,i.values]}/**
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
 */const Pu={kernelName:Qo,backendName:"cpu",kernelFunc:({inputs:o,attrs:s,backend:t})=>{const{x:n}=o,{filterSize:e,strides:a,pad:c,includeBatchInIndex:i}=s,r=t;G(n,"MaxPoolWithArgmax");const d=r.data.get(n.dataId).values,l=Qt(n.shape,e,a,[1,1],c),[u,p]=zu(d,n.shape,n.dtype,i,l),h=r.write(u,l.outShape,n.dtype),m=r.write(p,l.outShape,n.dtype);return[{dataId:h,shape:l.outShape,dtype:n.dtype},{dataId:m,shape:l.outShape,dtype:"int32"}]}};/**
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
 */function Hu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n,i=gt(a,e.shape),d=Tt(e.shape,i)[1],l=q(d),u=[],p=t.makeTensorInfo([],"float32",new Float32Array([l]));u.push(p);const h=Vt({inputs:{x:e},backend:t,attrs:{dtype:"float32"}});u.push(h);const m=Fe({inputs:{a:h,b:p},backend:t});u.push(m);const g=te({inputs:{x:m},backend:t,attrs:{axis:a,keepDims:c}});return u.forEach(f=>t.disposeIntermediateTensorInfo(f)),g}const Lu={kernelName:tr,backendName:"cpu",kernelFunc:Hu};/**
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
 */function Bu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{axis:a,keepDims:c}=n;G(e,"min");const i=gt(a,e.shape);let r=i;const d=wt(r,e.shape.length);let l=e;d!=null&&(l=ht({inputs:{x:e},backend:t,attrs:{perm:d}}),r=Ct(r.length,e.shape.length)),zt("min",r,l.shape.length);const[u,p]=Tt(l.shape,r),h=q(p),m=xt(q(u),l.dtype),g=t.data.get(l.dataId).values;for(let I=0;I<m.length;++I){const k=I*h;let b=g[k];for(let x=0;x<h;++x){const y=g[k+x];(Number.isNaN(y)||y<b)&&(b=y)}m[I]=b}d!=null&&t.disposeIntermediateTensorInfo(l);const f=t.makeTensorInfo(u,l.dtype,m);if(c){const I=$t(u,i),k=st({inputs:{x:f},backend:t,attrs:{shape:I}});return t.disposeIntermediateTensorInfo(f),k}return f}const Gu={kernelName:er,backendName:"cpu",kernelFunc:Bu};/**
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
 */function qu(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{paddings:a,mode:c}=n;G(e,"mirrorPad");const i=a.map((b,x)=>b[0]+e.shape[x]+b[1]),r=a.map(b=>b[0]),d=a.map((b,x)=>b[0]+e.shape[x]),l=c==="reflect"?0:1,u=t.data.get(e.dataId).values,p=e.shape.length,h=X(e.shape),m=q(i),g=i.length,f=X(i),I=ft(e.dtype,m);for(let b=0;b<m;b++){let x=jt(b,g,f);for(let S=0;S<g;S++)x[S]<r[S]?x[S]=r[S]*2-x[S]-l:x[S]>=d[S]&&(x[S]=(d[S]-1)*2-x[S]+l);x=x.map((S,w)=>S-r[w]);const y=yt(x,p,h);I[b]=u[y]}return{dataId:t.write(I,i,e.dtype),shape:i,dtype:e.dtype}}const _u={kernelName:nr,backendName:"cpu",kernelFunc:qu};/**
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
 */const ju=it(((o,s)=>{const t=o%s;return o<0&&s<0||o>=0&&s>=0?t:(t+s)%s})),Uu=ct(Bn,ju),Xu={kernelName:Bn,backendName:"cpu",kernelFunc:Uu};/**
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
 */function bs(o){const{inputs:s,backend:t,attrs:n}=o,{logits:e}=s,{dim:a}=n,c=e.shape.length;let i=a;if(i===-1&&(i=c-1),i!==c-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${c} and dim was ${i}`);const r=gt([i],e.shape),d=xs({inputs:{x:e},backend:t,attrs:{reductionIndices:r,keepDims:!1}}),l=$t(d.shape,r),u=st({inputs:{x:d},backend:t,attrs:{shape:l}}),p=Me({inputs:{a:e,b:u},backend:t}),h=ns({inputs:{x:p},backend:t}),m=te({inputs:{x:h},backend:t,attrs:{axis:r,keepDims:!1}}),g=st({inputs:{x:m},backend:t,attrs:{shape:l}}),f=Fe({inputs:{a:h,b:g},backend:t});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),f}const Yu={kernelName:sr,backendName:"cpu",kernelFunc:bs};/**
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
 */function Ku(o){const{inputs:s,backend:t,attrs:n}=o,{logits:e}=s,{numSamples:a,seed:c,normalized:i}=n;G(e,"multinomial");const r=i?e:bs({inputs:{logits:e},backend:t,attrs:{dim:-1}}),d=r.shape[0],l=r.shape[1],u=t.data.get(r.dataId).values,p=[d,a],h=xt(q(p),"int32");for(let m=0;m<d;++m){const g=m*l,f=new Float32Array(l-1);f[0]=u[g];for(let b=1;b<f.length;++b)f[b]=f[b-1]+u[g+b];const I=pa.alea(c.toString()),k=m*a;for(let b=0;b<a;++b){const x=I();h[k+b]=f.length;for(let y=0;y<f.length;y++)if(x<f[y]){h[k+b]=y;break}}}return i||t.disposeIntermediateTensorInfo(r),t.makeTensorInfo(p,"int32",h)}const Zu={kernelName:ar,backendName:"cpu",kernelFunc:Ku};/**
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
 */const Ju=fa;function Qu(o){const{inputs:s,backend:t,attrs:n}=o,{boxes:e,scores:a}=s,{maxOutputSize:c,iouThreshold:i,scoreThreshold:r}=n;G(e,"NonMaxSuppression");const d=t.data.get(e.dataId).values,l=t.data.get(a.dataId).values,{selectedIndices:u}=Ju(d,l,c,i,r);return t.makeTensorInfo([u.length],"int32",new Int32Array(u))}const tp={kernelName:or,backendName:"cpu",kernelFunc:Qu};/**
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
 */const ep=ha;function np(o){const{inputs:s,backend:t,attrs:n}=o,{boxes:e,scores:a}=s,{maxOutputSize:c,iouThreshold:i,scoreThreshold:r,padToMaxOutputSize:d}=n;G(e,"NonMaxSuppressionPadded");const l=t.data.get(e.dataId).values,u=t.data.get(a.dataId).values,{selectedIndices:p,validOutputs:h}=ep(l,u,c,i,r,d);return[t.makeTensorInfo([p.length],"int32",new Int32Array(p)),t.makeTensorInfo([],"int32",new Int32Array([h]))]}const sp={kernelName:rr,backendName:"cpu",kernelFunc:np};/**
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
 */const ap=ma;function op(o){const{inputs:s,backend:t,attrs:n}=o,{boxes:e,scores:a}=s,{maxOutputSize:c,iouThreshold:i,scoreThreshold:r,softNmsSigma:d}=n;G(e,"NonMaxSuppressionWithScore");const l=t.data.get(e.dataId).values,u=t.data.get(a.dataId).values,p=c,h=i,m=r,g=d,{selectedIndices:f,selectedScores:I}=ap(l,u,p,h,m,g);return[t.makeTensorInfo([f.length],"int32",new Int32Array(f)),t.makeTensorInfo([I.length],"float32",new Float32Array(I))]}const rp={kernelName:ir,backendName:"cpu",kernelFunc:op};/**
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
 */function ip(o){const{inputs:s,backend:t,attrs:n}=o,{indices:e}=s,{dtype:a,depth:c,onValue:i,offValue:r}=n;G(e,"oneHot");const d=q(e.shape),l=new Float32Array(d*c);l.fill(r);const u=t.data.get(e.dataId).values;for(let p=0;p<d;++p)u[p]>=0&&u[p]<c&&(l[p*c+u[p]]=i);return t.makeTensorInfo([...e.shape,c],a,l)}const cp={kernelName:cr,backendName:"cpu",kernelFunc:ip};/**
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
 */function ie(o){const{inputs:s,backend:t}=o,{x:n}=s;if(n.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(n.dtype==="complex64"){const e=Ot({inputs:{input:n},backend:t}),a=ie({inputs:{x:e},backend:t}),c=qt({inputs:{input:n},backend:t}),i=ie({inputs:{x:c},backend:t}),r=mt({inputs:{real:a,imag:i},backend:t});return t.disposeIntermediateTensorInfo(e),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(i),r}else return De({backend:t,attrs:{shape:n.shape,value:0,dtype:n.dtype}})}const lp={kernelName:lr,backendName:"cpu",kernelFunc:ie};/**
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
 */function ys(o){const{inputs:s,backend:t}=o,{x:n}=s;if(n.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(n.dtype==="complex64"){const e=Ot({inputs:{input:n},backend:t}),a=ys({inputs:{x:e},backend:t}),c=qt({inputs:{input:n},backend:t}),i=ie({inputs:{x:c},backend:t}),r=mt({inputs:{real:a,imag:i},backend:t});return t.disposeIntermediateTensorInfo(e),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(i),r}else return De({backend:t,attrs:{shape:n.shape,value:1,dtype:n.dtype}})}const dp={kernelName:dr,backendName:"cpu",kernelFunc:ys};/**
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
 */function Ss(o){const{inputs:s,backend:t,attrs:n}=o,{axis:e}=n;if(s.length===1)return re({inputs:{input:s[0]},backend:t,attrs:{dim:e}});const a=s[0].shape,c=s[0].dtype;s.forEach(l=>{pr(a,l.shape,"All tensors passed to stack must have matching shapes"),dt(c===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});const i=[],r=s.map(l=>{const u=re({inputs:{input:l},backend:t,attrs:{dim:e}});return i.push(u),u}),d=_t({inputs:r,backend:t,attrs:{axis:e}});return i.forEach(l=>t.disposeIntermediateTensorInfo(l)),d}const up={kernelName:ur,backendName:"cpu",kernelFunc:Ss};/**
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
 */function pp(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{paddings:a,constantValue:c}=n;G(e,"pad");const i=a.map((k,b)=>k[0]+e.shape[b]+k[1]),r=a.map(k=>k[0]),d=t.data.get(e.dataId).values,l=q(e.shape),u=e.shape.length,p=X(e.shape),h=q(i),m=i.length,g=X(i),f=ft(e.dtype,h);c!==0&&f.fill(c);for(let k=0;k<l;k++){const x=jt(k,u,p).map((S,w)=>S+r[w]),y=yt(x,m,g);f[y]=d[k]}return{dataId:t.write(f,i,e.dtype),shape:i,dtype:e.dtype}}const ws={kernelName:fr,backendName:"cpu",kernelFunc:pp};/**
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
 */const fp=it((o,s)=>Math.pow(o,s)),hp=ct(Gn,fp),mp={kernelName:Gn,backendName:"cpu",kernelFunc:hp};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function gp(o){const{inputs:s,backend:t,attrs:n}=o,{paramsNestedSplits:e,paramsDenseValues:a,indices:c}=s,{outputRaggedRank:i}=n,r=e.map(I=>t.data.get(I.dataId).values),d=e.map(I=>I.shape),l=t.data.get(a.dataId).values,u=t.data.get(c.dataId).values,[p,h,m]=Ic(r,d,l,a.shape,a.dtype,u,c.shape),g=p.map(I=>t.makeTensorInfo([I.length],"int32",I)),f=t.makeTensorInfo(m,a.dtype,h);return g.concat([f])}const Ip={kernelName:hr,backendName:"cpu",kernelFunc:gp};/**
 * @license
 * Copyright 2022 Google LLC.
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
 */function kp(o){const{inputs:s,backend:t}=o,{starts:n,limits:e,deltas:a}=s,c=t.data.get(n.dataId).values,i=t.data.get(e.dataId).values,r=t.data.get(a.dataId).values,[d,l]=kc(c,n.shape,n.dtype,i,e.shape,r,a.shape),u=t.makeTensorInfo([d.length],"int32",d),p=t.makeTensorInfo([l.length],n.dtype,l);return[u,p]}const xp={kernelName:mr,backendName:"cpu",kernelFunc:kp};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function bp(o){const{inputs:s,backend:t,attrs:n}=o,{shape:e,values:a,defaultValue:c,rowPartitionTensors:i}=s,{rowPartitionTypes:r}=n,d=t.data.get(e.dataId).values,l=t.data.get(a.dataId).values,u=t.data.get(c.dataId).values,p=i.map(f=>t.data.get(f.dataId).values),h=i.map(f=>f.shape),[m,g]=xc(d,e.shape,l,a.shape,a.dtype,u,c.shape,p,h,r);return t.makeTensorInfo(m,a.dtype,g)}const yp={kernelName:gr,backendName:"cpu",kernelFunc:bp};/**
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
 */function Sp(o){const{backend:s,attrs:t}=o,{start:n,stop:e,dtype:a,step:c}=t,i=xa(n,e,c,a);return s.makeTensorInfo([i.length],a,i)}const wp={kernelName:Ir,backendName:"cpu",kernelFunc:Sp};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Cp=J(qn,o=>1/o),Np={kernelName:qn,backendName:"cpu",kernelFunc:Cp};/**
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
 */function vp(o){const{inputs:s,backend:t,attrs:n}=o,{images:e}=s,{alignCorners:a,halfPixelCenters:c,size:i}=n;G(e,"resizeBilinear");const r=X(e.shape),[d,l]=i,[u,p,h,m]=e.shape,g=t.data.get(e.dataId).values,f=new Float32Array(q([u,d,l,m])),I=[a&&d>1?p-1:p,a&&l>1?h-1:h],k=[a&&d>1?d-1:d,a&&l>1?l-1:l];let b=0;const x=I[0]/k[0],y=I[1]/k[1];for(let S=0;S<u;S++)for(let w=0;w<d;w++){let C;c?C=x*(w+.5)-.5:C=x*w;const R=Math.max(0,Math.floor(C)),F=C-R,E=Math.min(p-1,Math.ceil(C)),W=S*r[0]+R*r[1],N=S*r[0]+E*r[1];for(let D=0;D<l;D++){let v;c?v=y*(D+.5)-.5:v=y*D;const T=Math.max(0,Math.floor(v)),A=v-T,M=Math.min(h-1,Math.ceil(v)),V=W+T*r[2],$=N+T*r[2],O=W+M*r[2],H=N+M*r[2];for(let z=0;z<m;z++){const L=g[V+z],P=g[$+z],B=g[O+z],_=g[H+z],U=L+(B-L)*A,j=P+(_-P)*A,Y=U+(j-U)*F;f[b++]=Y}}}return t.makeTensorInfo([u,d,l,m],"float32",f)}const Tp={kernelName:kr,backendName:"cpu",kernelFunc:vp};/**
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
 */function Mp(o){const{inputs:s,backend:t,attrs:n}=o,{images:e,dy:a}=s,{alignCorners:c}=n;G([a,e],"resizeBilinearGrad");const i=X(e.shape),[r,d,l,u]=e.shape,[,p,h]=a.shape,m=new Float32Array(r*d*l*u),g=[c&&p>1?d-1:d,c&&h>1?l-1:l],f=[c&&p>1?p-1:p,c&&h>1?h-1:h],I=g[0]/f[0],k=g[1]/f[1],b=t.data.get(a.dataId).values;let x=0;for(let y=0;y<r;y++){const S=y*i[0];for(let w=0;w<p;w++){const C=w*I,R=Math.floor(C),F=Math.min(Math.ceil(C),d-1),E=S+R*i[1],W=S+F*i[1],N=C-R,D=1-N;for(let v=0;v<h;v++){const T=v*k,A=Math.floor(T),M=Math.min(Math.ceil(T),l-1),V=T-A,$=1-V,O=E+A*i[2],H=E+M*i[2],z=W+A*i[2],L=W+M*i[2],P=D*$,B=D*V,_=N*$,U=N*V;for(let j=0;j<u;j++){const Y=b[x++];m[O+j]+=Y*P,m[H+j]+=Y*B,m[z+j]+=Y*_,m[L+j]+=Y*U}}}}return t.makeTensorInfo([r,l,d,u],"float32",m)}const Rp={kernelName:xr,backendName:"cpu",kernelFunc:Mp};/**
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
 */function Fp(o){const{inputs:s,backend:t,attrs:n}=o,{images:e}=s,{alignCorners:a,halfPixelCenters:c,size:i}=n;G(e,"resizeNearestNeighbor");const r=X(e.shape),[d,l]=i,[u,p,h,m]=e.shape,g=t.data.get(e.dataId).values,f=new Float32Array(u*d*l*m),I=[a&&d>1?p-1:p,a&&l>1?h-1:h],k=[a&&d>1?d-1:d,a&&l>1?l-1:l],b=I[0]/k[0],x=I[1]/k[1];let y=0;for(let S=0;S<u;S++){const w=S*r[0];for(let C=0;C<d;C++){const R=c?b*(C+.5):b*C;let F=Math.min(p-1,a?Math.round(R):Math.floor(R));c&&(F=Math.max(0,F));const E=w+F*r[1];for(let W=0;W<l;W++){const N=c?x*(W+.5):x*W;let D=Math.min(h-1,a?Math.round(N):Math.floor(N));c&&(D=Math.max(0,D));const v=E+D*r[2];for(let T=0;T<m;T++){const A=g[v+T];f[y++]=A}}}}return t.makeTensorInfo([u,d,l,m],e.dtype,f)}const Dp={kernelName:br,backendName:"cpu",kernelFunc:Fp};/**
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
 */function Vp(o){const{inputs:s,backend:t,attrs:n}=o,{images:e,dy:a}=s,{alignCorners:c}=n;G([a,e],"resizeNearestNeighborGrad");const i=X(e.shape),r=X(a.shape),[d,l,u,p]=e.shape,[,h,m]=a.shape,g=new Float32Array(d*l*u*p),f=t.data.get(a.dataId).values,I=[c&&h>1?l-1:l,c&&m>1?u-1:u],k=[c&&h>1?h-1:h,c&&m>1?m-1:m],b=I[0]/k[0],x=I[1]/k[1],y=1/b,S=1/x,w=Math.ceil(y)*2+2,C=Math.ceil(S)*2+2;for(let R=0;R<d;R++){const F=R*i[0];for(let E=0;E<l;E++){const W=F+E*i[1],N=Math.floor(E*y),D=Math.floor(N-w/2);for(let v=0;v<u;v++){const T=W+v*i[2],A=Math.floor(v*S),M=Math.floor(A-C/2);for(let V=0;V<p;V++){let $=0;for(let O=0;O<w;O++){const H=O+D;if(H<0||H>=h)continue;const z=F+H*r[1],L=H*b,P=Math.min(l-1,c?Math.round(L):Math.floor(L));if(E===P)for(let B=0;B<C;B++){const _=B+M;if(_<0||_>=m)continue;const U=z+_*r[2],j=_*x,Y=Math.min(u-1,c?Math.round(j):Math.floor(j));v===Y&&($+=f[U+V])}}g[T+V]=$}}}}return t.makeTensorInfo(e.shape,e.dtype,g)}const Ep={kernelName:yr,backendName:"cpu",kernelFunc:Vp};/**
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
 */function Ap(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{dims:a}=n;G(e,"reverse");const c=e.shape.length,i=gt(a,e.shape);if(c===0)return St({inputs:{x:e},backend:t});const r=new pt(e.shape,e.dtype),d=t.bufferSync(e);for(let l=0;l<r.size;l++){const u=r.indexToLoc(l),p=u.slice();i.forEach(h=>p[h]=e.shape[h]-1-p[h]),r.set(d.get(...p),...u)}return t.makeTensorInfo(r.shape,r.dtype,r.values)}const Wp={kernelName:Sr,backendName:"cpu",kernelFunc:Ap};/**
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
 */const Op={kernelName:wr,backendName:"cpu",kernelFunc:({inputs:o,attrs:s,backend:t})=>{const{image:n}=o,{radians:e,fillValue:a,center:c}=s,i=t,r=ft(n.dtype,q(n.shape)),[d,l,u,p]=n.shape,[h,m]=ga(c,l,u),g=255,f=Math.sin(e),I=Math.cos(e),k=i.data.get(n.dataId).values;for(let x=0;x<d;x++){const y=x*u*l*p;for(let S=0;S<l;S++){const w=S*(u*p);for(let C=0;C<u;C++){const R=C*p;for(let F=0;F<p;F++){const E=[d,S,C,F],W=E[2],N=E[1];let D=(W-h)*I-(N-m)*f,v=(W-h)*f+(N-m)*I;D=Math.round(D+h),v=Math.round(v+m);let T=a;if(typeof a!="number"&&(F===3?T=g:T=a[F]),D>=0&&D<u&&v>=0&&v<l){const M=v*(u*p),V=D*p,$=y+M+V+F;T=k[$]}const A=y+w+R+F;r[A]=T}}}}return{dataId:i.write(r,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const $p=J(_n,o=>{const s=Math.floor(o);return o-s<.5?Math.floor(o):o-s>.5?Math.ceil(o):s%2===0?s:s+1}),zp={kernelName:_n,backendName:"cpu",kernelFunc:$p};/**
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
 */function Pp(o){const{inputs:s,backend:t,attrs:n}=o,{indices:e,updates:a}=s,{shape:c}=n,{sliceRank:i,numUpdates:r,sliceSize:d,strides:l,outputSize:u}=xe(a,e,c),p=!0,h=t.bufferSync(e),m=t.bufferSync(a),g=Pt(h,m,c,u,d,r,i,l,0,p);return t.makeTensorInfo(c,g.dtype,g.values)}const Hp={kernelName:Cr,backendName:"cpu",kernelFunc:Pp};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function Lp(o,s){let t=0,n=o.length,e=0;for(;t<n;)e=Math.floor((t+n)/2),o[e]<s?t=e+1:n=e;return n}function Bp(o,s){let t=0,n=o.length,e=0;for(;t<n;)e=Math.floor((t+n)/2),o[e]<=s?t=e+1:n=e;return n}function Gp(o,s,t,n,e,a){const c=ut("int32",t*e);for(let i=0;i<t;++i){const r=o.slice(i*n,(i+1)*n),d=i*e;for(let l=0;l<e;++l)c[d+l]=a==="left"?Lp(r,s[l+d]):Bp(r,s[l+d])}return c}/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function qp(o){const{inputs:s,backend:t,attrs:n}=o,{sortedSequence:e,values:a}=s,{side:c}=n,i=t.data.get(e.dataId).values,r=t.data.get(a.dataId).values,d=Gp(i,r,e.shape[0],e.shape[1],a.shape[1],c);return t.makeTensorInfo(a.shape,"int32",d)}const _p={kernelName:Nr,backendName:"cpu",kernelFunc:qp};/**
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
 */function jp(o){const{inputs:s,backend:t}=o,{condition:n,t:e,e:a}=s;G([n,e,a],"select");const c=n.shape.length,i=t.data.get(n.dataId).values,r=t.data.get(e.dataId).values,d=t.data.get(a.dataId).values,l=Jt(e.dtype,a.dtype),u=xt(q(e.shape),l);let p=0;const h=c===0||c>1||e.shape.length===1?1:q(e.shape.slice(1));for(let m=0;m<i.length;m++)for(let g=0;g<h;g++)i[m]===1?u[p++]=r[m]:u[p++]=d[m];return t.makeTensorInfo(e.shape,l,u)}const Up={kernelName:vr,backendName:"cpu",kernelFunc:jp};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Xp=Mr,Yp=Tr,Kp=J(jn,o=>o>=0?Yp*o:Xp*(Math.exp(o)-1)),Zp={kernelName:jn,backendName:"cpu",kernelFunc:Kp};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Jp=J(Un,o=>o<0?-1:o>0?1:0),Qp={kernelName:Un,backendName:"cpu",kernelFunc:Jp};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const tf=J(Xn,o=>Math.sin(o)),ef={kernelName:Xn,backendName:"cpu",kernelFunc:tf};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const nf=J(Yn,o=>Math.sinh(o)),sf={kernelName:Yn,backendName:"cpu",kernelFunc:nf};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const af=11920928955078125e-23,Le=Math.log(af)+2,of=J(Kn,o=>{const s=o>-Le,t=o<Le,n=Math.exp(o);let e;return t?e=n:s?e=o:e=Math.log(1+n),e}),rf={kernelName:Kn,backendName:"cpu",kernelFunc:of};/**
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
 */function cf(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{blockShape:a,paddings:c}=n;G([e],"spaceToBatchND");const i=q(a),r=[[0,0]];r.push(...c);for(let S=1+a.length;S<e.shape.length;++S)r.push([0,0]);const d=ws.kernelFunc({inputs:{x:e},backend:t,attrs:{paddings:r,constantValue:0}}),l=Ge(d.shape,a,i,!1),u=qe(l.length,a.length,!1),p=_e(d.shape,a,i,!1),g=st({inputs:{x:d},backend:t,attrs:{shape:l}}),k=ht({inputs:{x:g},backend:t,attrs:{perm:u}}),y=st({inputs:{x:k},backend:t,attrs:{shape:p}});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(k),y}const lf={kernelName:Rr,backendName:"cpu",kernelFunc:cf};/**
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
 */function df(o){const{inputs:s,backend:t}=o,{indices:n,values:e,denseShape:a,defaultValue:c}=s;if(a.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${a.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${n.shape}`);if(e.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${e.shape}`);if(c.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${c.shape}`);const i=t.data.get(n.dataId).values,r=t.data.get(e.dataId).values,d=t.data.get(a.dataId).values,l=t.data.get(c.dataId).values[0],[u,p,h,m,g]=Cc(i,n.shape,n.dtype,r,e.dtype,d,l);return[t.makeTensorInfo(p,n.dtype,u),t.makeTensorInfo([p[0]],e.dtype,h),t.makeTensorInfo([m.length],"bool",new Uint8Array(m.map(f=>Number(f)))),t.makeTensorInfo([g.length],n.dtype,new Int32Array(g))]}const uf={kernelName:Fr,backendName:"cpu",kernelFunc:df};/**
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
 */function pf(o){const{inputs:s,backend:t}=o,{inputIndices:n,inputShape:e,newShape:a}=s;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${n.shape}`);if(e.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${e.shape}`);if(a.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${a.shape}`);const c=Array.from(t.data.get(e.dataId).values),i=t.data.get(n.dataId).values,r=Array.from(t.data.get(a.dataId).values),[d,l,u]=Nc(i,n.shape,n.dtype,c,r);return[t.makeTensorInfo(l,n.dtype,d),t.makeTensorInfo([u.length],a.dtype,new Int32Array(u))]}const ff={kernelName:Dr,backendName:"cpu",kernelFunc:pf};/**
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
 */function hf(o){const{inputs:s,backend:t}=o,{data:n,indices:e,segmentIds:a}=s;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(e.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${e.shape}`);if(a.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${a.shape}`);if(e.shape[0]!==a.shape[0])throw new Error("segmentIds and indices should have same size.");const c=t.data.get(n.dataId).values,i=t.data.get(e.dataId).values,r=t.data.get(a.dataId).values,[d,l]=rs(c,n.shape,n.dtype,i,r,!0);return t.makeTensorInfo(l,n.dtype,d)}const mf={kernelName:Vr,backendName:"cpu",kernelFunc:hf};/**
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
 */function gf(o){const{inputs:s,backend:t}=o,{data:n,indices:e,segmentIds:a}=s;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(e.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${e.shape}`);if(a.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${a.shape}`);if(e.shape[0]!==a.shape[0])throw new Error("segmentIds and indices should have same size.");const c=t.data.get(n.dataId).values,i=t.data.get(e.dataId).values,r=t.data.get(a.dataId).values,[d,l]=rs(c,n.shape,n.dtype,i,r);return t.makeTensorInfo(l,n.dtype,d)}const If={kernelName:Er,backendName:"cpu",kernelFunc:gf};/**
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
 */function kf(o){const{inputs:s,backend:t,attrs:n}=o,{sparseIndices:e,sparseValues:a,defaultValue:c}=s,{outputShape:i}=n,{sliceRank:r,numUpdates:d,sliceSize:l,strides:u,outputSize:p}=xe(a,e,i),h=!1,m=t.bufferSync(e);let g;switch(a.dtype){case"bool":{const f=t.bufferSync(a),I=!!t.data.get(c.dataId).values[0];g=Pt(m,f,i,p,l,d,r,u,I,h);break}case"float32":{const f=t.bufferSync(a),I=t.data.get(c.dataId).values[0];g=Pt(m,f,i,p,l,d,r,u,I,h);break}case"int32":{const f=t.bufferSync(a),I=t.data.get(c.dataId).values[0];g=Pt(m,f,i,p,l,d,r,u,I,h);break}case"string":{const f=t.bufferSync(a),I=In(t.data.get(c.dataId).values[0]);g=Pt(m,f,i,p,l,d,r,u,I,h);break}default:throw new Error(`Unsupported type ${a.dtype}`)}return t.makeTensorInfo(i,g.dtype,g.values)}const xf={kernelName:Ar,backendName:"cpu",kernelFunc:kf};/**
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
 */function bf(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{numOrSizeSplits:a,axis:c}=n,i=gt(c,e.shape)[0],r=Ia(e,a,i),d=new Array(e.shape.length).fill(0),l=e.shape.slice();return r.map(u=>{const p=[...l];p[i]=u;const h=Bt({inputs:{x:e},backend:t,attrs:{begin:d,size:p}});return d[i]+=u,h})}const yf={kernelName:Wr,backendName:"cpu",kernelFunc:bf};/**
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
 */const Sf={kernelName:Or,backendName:"cpu",kernelFunc:({inputs:o,backend:s})=>{const{x:t}=o,n=s;G(t,"square");const e=n.data.get(t.dataId).values,a=new Float32Array(e.length);for(let i=0;i<e.length;++i){const r=e[i];a[i]=r*r}return{dataId:n.write(a,t.shape,t.dtype),shape:t.shape,dtype:t.dtype}}};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const wf=J(Zn,(o,s)=>{const t=s;return isNaN(o)?NaN:o>0?1:t.alpha}),Cf={kernelName:Zn,backendName:"cpu",kernelFunc:wf};/**
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
 */function Nf(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{begin:a,end:c,strides:i,beginMask:r,endMask:d,ellipsisMask:l,newAxisMask:u,shrinkAxisMask:p}=n;G(e,"stridedSlice");const{finalShapeSparse:h,finalShape:m,isIdentity:g,sliceDim0:f,isSimpleSlice:I,begin:k,end:b,strides:x}=zr(e.shape,a,c,i,r,d,l,u,p);let y;if(g)y=st({inputs:{x:e},backend:t,attrs:{shape:m}});else if(f||I){dt(e.shape.length>=1,()=>`Input must have rank at least 1, got: ${e.shape.length}`);const S=Pr(k,b,x),w=Bt({inputs:{x:e},backend:t,attrs:{begin:k,size:S}});y=st({inputs:{x:w},backend:t,attrs:{shape:m}}),t.disposeIntermediateTensorInfo(w)}else{const S=t.bufferSync(e),w=Ac(h,S,x,k);y=t.makeTensorInfo(m,w.dtype,w.values)}return y}const vf={kernelName:$r,backendName:"cpu",kernelFunc:Nf};/**
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
 */function Tf(o){const{inputs:s,backend:t,attrs:n}=o,{separator:e,nGramWidths:a,leftPad:c,rightPad:i,padWidth:r,preserveShortSequences:d}=n,{data:l,dataSplits:u}=s,p=t.data.get(l.dataId).values,h=t.data.get(u.dataId).values,[m,g]=ba(p,h,e,a,c,i,r,d);return[t.makeTensorInfo([m.length],"string",m),t.makeTensorInfo(u.shape,"int32",g)]}const Mf={kernelName:Hr,backendName:"cpu",kernelFunc:Tf};/**
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
 */function Rf(o){const{inputs:s,backend:t,attrs:n}=o,{skipEmpty:e}=n,{input:a,delimiter:c}=s;if(a.dtype!=="string")throw new Error("Input must be of datatype string");if(a.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${a.shape}`);if(c.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${c.shape}`);const i=t.data.get(a.dataId).values,r=t.data.get(c.dataId).values[0],[d,l,u]=ya(i,r,e),p=l.length;return[t.makeTensorInfo([p,2],"int32",d),t.makeTensorInfo([p],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(u))]}const Ff={kernelName:Lr,backendName:"cpu",kernelFunc:Rf};/**
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
 */function Df(o){const{inputs:s,backend:t,attrs:n}=o,{numBuckets:e}=n,{input:a}=s;if(a.dtype!=="string")throw new Error("Input must be of datatype string");if(e<=0)throw new Error("Number of buckets must be at least 1");const c=t.data.get(a.dataId).values,i=Sa(c,e);return t.makeTensorInfo(a.shape,"int32",i)}const Vf={kernelName:Br,backendName:"cpu",kernelFunc:Df};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Ef=J(Jn,o=>Math.tan(o)),Af={kernelName:Jn,backendName:"cpu",kernelFunc:Ef};/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */const Wf=J(Qn,o=>Math.tanh(o)),Of={kernelName:Qn,backendName:"cpu",kernelFunc:Wf};/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
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
 */function $f(o){const{inputs:s,backend:t}=o,{tensor:n,indices:e,updates:a}=s,{sliceRank:c,numUpdates:i,sliceSize:r,strides:d,outputSize:l}=xe(a,e,n.shape),u=!1,p=t.bufferSync(e),h=t.bufferSync(a),m=t.bufferSync(n),g=Pt(p,h,n.shape,l,r,i,c,d,m,u);return t.makeTensorInfo(n.shape,g.dtype,g.values)}const zf={kernelName:Gr,backendName:"cpu",kernelFunc:$f};/**
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
 */function Pf(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{reps:a}=n;G(e,"tile");const c=zc(t.bufferSync(e),a);return t.makeTensorInfo(c.shape,c.dtype,c.values)}const Hf={kernelName:qr,backendName:"cpu",kernelFunc:Pf};/**
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
 */function Lf(o){const{inputs:s,backend:t,attrs:n}=o,{x:e}=s,{k:a,sorted:c}=n;G(e,"topk");const i=t.data.get(e.dataId).values,[r,d]=Pc(i,e.shape,e.dtype,a,c);return[t.makeTensorInfo(r.shape,r.dtype,r.values),t.makeTensorInfo(d.shape,d.dtype,d.values)]}const Bf={kernelName:_r,backendName:"cpu",kernelFunc:Lf};/**
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
 */function Gf(o){const{inputs:s,attrs:t,backend:n}=o,{image:e,transforms:a}=s,{interpolation:c,fillMode:i,fillValue:r,outputShape:d}=t,[l,u,p,h]=e.shape,[m,g]=d??[u,p],f=[l,m,g,h],I=X(e.shape),k=I[0],b=I[1],x=I[2],y=X(f),S=y[0],w=y[1],C=y[2],R=ft(e.dtype,q(f));R.fill(r);const F=n.data.get(e.dataId).values,E=n.data.get(a.dataId).values;for(let N=0;N<l;++N){const D=a.shape[0]===1?E:E.subarray(N*8,N*8+8);for(let v=0;v<m;++v)for(let T=0;T<g;++T)for(let A=0;A<h;++A){let M;const V=D[6]*T+D[7]*v+1;if(V===0)continue;const $=(D[0]*T+D[1]*v+D[2])/V,O=(D[3]*T+D[4]*v+D[5])/V,H=Be($,p,i),z=Be(O,u,i);switch(c){case"nearest":M=Yf(F,u,p,k,b,x,N,z,H,A,r);break;case"bilinear":M=Kf(F,u,p,k,b,x,N,z,H,A,r);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${c}`)}const L=N*S+v*w+T*C+A;R[L]=M}return n.makeTensorInfo(f,e.dtype,R)}return{dataId:n.write(R,f,e.dtype),shape:e.shape,dtype:e.dtype}}const qf={kernelName:jr,backendName:"cpu",kernelFunc:Gf};function Be(o,s,t){switch(t){case"reflect":return _f(o,s);case"wrap":return jf(o,s);case"nearest":return Xf(o,s);case"constant":default:return Uf(o)}}function _f(o,s){let t=o;if(t<0)if(s<=1)t=0;else{const n=2*s;t<n&&(t=n*Math.trunc(-t/n)+t),t=t<-s?t+n:-t-1}else if(t>s-1)if(s<=1)t=0;else{const n=2*s;t-=n*Math.trunc(t/n),t>=s&&(t=n-t-1)}return ve(0,t,s-1)}function jf(o,s){let t=o;if(t<0)if(s<=1)t=0;else{const n=s-1;t+=s*(Math.trunc(-t/n)+1)}else if(t>s-1)if(s<=1)t=0;else{const n=s-1;t-=s*Math.trunc(t/n)}return ve(0,t,s-1)}function Uf(o,s){return o}function Xf(o,s){return ve(0,o,s-1)}function Zt(o,s,t,n,e,a,c,i,r,d,l){const u=c*n+i*e+r*a+d;return 0<=i&&i<s&&0<=r&&r<t?o[u]:l}function Yf(o,s,t,n,e,a,c,i,r,d,l){const u=Math.round(i),p=Math.round(r);return Zt(o,s,t,n,e,a,c,u,p,d,l)}function Kf(o,s,t,n,e,a,c,i,r,d,l){const u=Math.floor(i),p=Math.floor(r),h=u+1,m=p+1,g=(m-r)*Zt(o,s,t,n,e,a,c,u,p,d,l)+(r-p)*Zt(o,s,t,n,e,a,c,u,m,d,l),f=(m-r)*Zt(o,s,t,n,e,a,c,h,p,d,l)+(r-p)*Zt(o,s,t,n,e,a,c,h,m,d,l);return(h-i)*g+(i-u)*f}/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Zf(o){const{inputs:s,attrs:t,backend:n}=o,{axis:e}=t,{x:a}=s;G(a,"unique");const c=n.data.get(a.dataId).values,{outputValues:i,outputShape:r,indices:d}=wa(c,e,a.shape,a.dtype);return[n.makeTensorInfo(r,a.dtype,i),n.makeTensorInfo([d.length],"int32",d)]}const Jf={kernelName:Ur,backendName:"cpu",kernelFunc:Zf};/**
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
 */function Qf(o){const{inputs:s,backend:t,attrs:n}=o,{value:e}=s;let{axis:a}=n;a<0&&(a+=e.shape.length);const c=e.shape.length,i=e.shape[a],r=new Array(c-1);let d=0;for(let h=0;h<c;h++)h!==a&&(r[d++]=e.shape[h]);const l=new Array(c).fill(0),u=e.shape.slice();u[a]=1;const p=new Array(i);for(let h=0;h<p.length;h++){l[a]=h;const m=Bt({inputs:{x:e},backend:t,attrs:{begin:l,size:u}});p[h]=st({inputs:{x:m},backend:t,attrs:{shape:r}}),t.disposeIntermediateTensorInfo(m)}return p}const th={kernelName:Xr,backendName:"cpu",kernelFunc:Qf};/**
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
 */function eh(o){const{inputs:s,backend:t,attrs:n}=o,{x:e,segmentIds:a}=s,{numSegments:c}=n;G(e,"unsortedSegmentSum");const i=e.shape.length,r=a.shape.length,d=[],l=[],u=i-r;let p=a;for(let m=0;m<u;++m){const g=re({inputs:{input:p},backend:t,attrs:{dim:m+1}});p=g,l.push(g)}for(let m=0;m<c;++m){const g=be(m,"int32"),f=t.makeTensorInfo([],"int32",g),I=es({inputs:{a:f,b:p},backend:t}),k=Vt({inputs:{x:I},backend:t,attrs:{dtype:"float32"}}),b=ue({inputs:{a:k,b:e},backend:t}),x=te({inputs:{x:b},backend:t,attrs:{axis:0,keepDims:!1}});d.push(x),l.push(f),l.push(I),l.push(k),l.push(b),l.push(x)}const h=Ss({inputs:d,backend:t,attrs:{axis:0}});return l.forEach(m=>t.disposeIntermediateTensorInfo(m)),h}const nh={kernelName:Yr,backendName:"cpu",kernelFunc:eh};/**
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
 */const sh=[Kc,Qr,Jc,tl,ii,nl,al,rl,cl,dl,pl,hl,gl,xl,yl,Cl,vl,Ml,Fl,Xc,Vl,Al,Ol,ui,zl,ai,hi,Hl,ti,Bl,ql,_l,Ul,Yl,Zl,Ql,ed,sd,od,id,ld,ud,fd,md,gd,kd,bd,Sd,wd,Cd,Nd,Td,Fd,Lc,Vd,gi,Hd,ki,Ld,yi,Ud,Xd,Kd,Ci,Ti,Jd,tu,nu,au,Vi,Wi,ei,ru,Gl,cu,du,pu,Bc,zi,Li,hu,_i,gu,xu,yu,Cu,vu,Mu,Ru,Yi,Du,Eu,Wu,$u,Pu,Lu,Gu,Ji,_u,Xu,Zu,tc,sc,tp,sp,rp,rc,cp,dp,up,ws,mp,qc,dc,Ip,xp,yp,wp,ni,Ie,Np,_c,jc,Uc,Tp,Rp,Dp,Ep,Wp,Op,zp,Sc,Hp,_p,Up,Zp,wc,Qp,ef,sf,Ca,Yu,rf,lf,uf,ff,mf,If,xf,yf,Tc,Sf,Fc,Ec,Cf,vf,Mf,Ff,Vf,$c,Md,Af,Of,zf,Hf,Bf,qf,ic,Jf,th,nh,lp];for(const o of sh)Kr(o);export{pe as MathBackendCPU};
