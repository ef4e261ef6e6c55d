import{e as H,i as me,m as Fe,a as Ne,g as cr,b as lr,s as j,c as Qe,d as p,f as $a,h as ye,T as xt,j as xa,k as Ea,l as Je,n as U,o as m,p as d,E as w,C as ur,A as hr,q as dr,r as fr,t as at,u as pr,v as gr,w as mr,x as br,y as wr,z as yr,B as vr,D as $r,F as ue,G as xr,H as Er,I as Me,J as $,K as ve,L as Sr,M as kr,N as Ar,O as ee,P,Q as M,R as W,S as x,U as Ge,V as Mr,W as Tr,X as _r,Y as Nr,Z as Dr,_ as Sa,$ as Ir,a0 as Rr,a1 as et,a2 as _t,a3 as Cr,a4 as Br,a5 as ka,a6 as Pr,a7 as Or,a8 as Fr,a9 as Lr,aa as Wr,ab as L,ac as re,ad as zr,ae as ke,af as qr,ag as Ur,ah as Aa,ai as Gr,aj as Hr,ak as Kr,al as un,am as it,an as F,ao as be,ap as tt,aq as O,ar as ae,as as Vr,at as Ye,au as xe,av as jr,aw as Xr,ax as Jr,ay as Yr,az as Zr,aA as Ma,aB as Qr,aC as es,aD as ct,aE as te,aF as Ht,aG as he,aH as ts,aI as ns,aJ as ge,aK as N,aL as nt,aM as Ie,aN as ie,aO as rs,aP as Et,aQ as ss,aR as os,aS as as,aT as is,aU as cs,aV as ls,aW as Ue,aX as us,aY as hs,aZ as ds,a_ as fs,a$ as ps,b0 as gs,b1 as ms,b2 as lt,b3 as bs,b4 as ws,b5 as ys,b6 as vs,b7 as $s,b8 as xs,b9 as Es,ba as Ss,bb as Ta,bc as ks,bd as dt,be as Un,bf as As,bg as Ms,bh as Ts,bi as _s,bj as Re,bk as Ns,bl as Ds,bm as Is,bn as Rs,bo as Cs,bp as Bs,bq as St,br as hn,bs as dn,bt as rt,bu as Ps,bv as _a,bw as Os,bx as Fs,by as je,bz as Ls,bA as Ws,bB as zs,bC as qs,bD as Us,bE as Na,bF as Gs,bG as Hs,bH as Ks,bI as Vs,bJ as Da,bK as js,bL as Xs,bM as fn,bN as Kt,bO as pn,bP as Ia,bQ as Vt,bR as Ra,bS as Ca,bT as jt,bU as Js,bV as Ys,bW as Zs,bX as Qs,bY as eo,bZ as to,b_ as no,b$ as ro,c0 as gn,c1 as Nt,c2 as so,c3 as Xt,c4 as oo,c5 as st,c6 as mn,c7 as kt,c8 as Z,c9 as ao,ca as io,cb as co,cc as lo,cd as uo,ce as ho,cf as fo,cg as po,ch as V,ci as go,cj as mo,ck as bn,cl as wn,cm as Jt,cn as Yt,co as Ba,cp as Pa,cq as Oa,cr as Fa,cs as La,ct as Wa,cu as za,cv as qa,cw as Ua,cx as Ga,cy as Ha,cz as Ka,cA as Va,cB as ja,cC as Xa,cD as Ja,cE as Ya,cF as bo,cG as wo,cH as Za,cI as Qa,cJ as ei,cK as ti,cL as ni,cM as ri,cN as si,cO as oi,cP as ai,cQ as ii,cR as ci,cS as li,cT as ui,cU as hi,cV as di,cW as fi,cX as pi,cY as gi,cZ as mi,c_ as bi,c$ as wi,d0 as yi,d1 as vi,d2 as $i,d3 as xi,d4 as Ei,d5 as Si,d6 as ki,d7 as Ai,d8 as Mi,d9 as Ti,da as _i,db as Ni,dc as Di,dd as Ii,de as Ri,df as Ci,dg as Bi,dh as Pi,di as Oi,dj as Fi,dk as Li,dl as Wi,dm as zi,dn as qi,dp as Ui,dq as Gi,dr as Hi,ds as Ki,dt as Vi,du as ji,dv as Xi,dw as Ji,dx as Yi,dy as Zi,dz as Qi,dA as ec,dB as tc,dC as nc,dD as rc,dE as sc,dF as oc,dG as ac,dH as ic,dI as cc,dJ as lc,dK as uc,dL as hc,dM as dc,dN as fc,dO as pc,dP as gc,dQ as mc,dR as bc,dS as wc,dT as yc,dU as vc,dV as $c,dW as xc,dX as Ec,dY as Sc,dZ as kc,d_ as Ac,d$ as Mc,e0 as Tc,e1 as _c,e2 as Nc,e3 as Dc,e4 as Ic,e5 as Rc,e6 as Cc,e7 as Bc,e8 as Pc,e9 as Oc,ea as Fc,eb as Lc,ec as Wc,ed as zc,ee as qc,ef as Uc,eg as Gc,eh as Hc,ei as Kc,ej as Vc,ek as jc,el as Xc,em as Jc,en as Yc,eo as Zc,ep as Qc,eq as el,er as tl,es as nl,et as rl,eu as sl,ev as ol,ew as al,ex as il,ey as cl,ez as ll,eA as ul}from"./selu_util-CkiMOtEA.js";/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */function hl(){return typeof navigator<"u"&&navigator!=null}let Zt;function dl(n){Zt=n}function fl(n){if(Zt!==void 0)return Zt;if(n||hl()){if(n||(n=navigator),n.product==="ReactNative")return!0;const e=n.userAgent||n.vendor||(typeof window<"u"?window.opera:"");if(!e){const t=n;return t.userAgentData&&t.userAgentData.mobile}return/(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(e)||/1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(e.substr(0,4))}return!1}function yo(){return typeof window<"u"&&window.document!=null||typeof WorkerGlobalScope<"u"}var pl=Object.freeze({__proto__:null,isBrowser:yo,isMobile:fl,mockIsMobile:dl});/**
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
 */const Q=H();Q.registerFlag("DEBUG",()=>!1,n=>{n&&console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.")});Q.registerFlag("IS_BROWSER",()=>yo());Q.registerFlag("IS_NODE",()=>typeof process<"u"&&typeof process.versions<"u"&&typeof process.versions.node<"u");Q.registerFlag("IS_CHROME",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Chrome/.test(navigator.userAgent)&&/Google Inc/.test(navigator.vendor));Q.registerFlag("IS_SAFARI",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Safari/.test(navigator.userAgent)&&/Apple/.test(navigator.vendor));Q.registerFlag("PROD",()=>!1);Q.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY",()=>Q.getBool("DEBUG"));Q.registerFlag("DEPRECATION_WARNINGS_ENABLED",()=>!0);Q.registerFlag("IS_TEST",()=>!1);Q.registerFlag("CHECK_COMPUTATION_FOR_ERRORS",()=>Q.getBool("DEBUG"));Q.registerFlag("WRAP_TO_IMAGEBITMAP",()=>!1);Q.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU",()=>!1);Q.registerFlag("USE_SETTIMEOUTCUSTOM",()=>!1);/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function He(n,e,t){const r=me(n,t);return Fe(n,e,r,t)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Ce={float32:4,float16:2,int32:4,uint16:2,uint8:1,bool:1,complex64:8};class ce{static join(e){return new ce(e).slice()}constructor(e){if(this.shards=[],this.previousShardIndex=0,e==null||(e instanceof Array||(e=[e]),e=e.map(r=>Ne(r)?r.buffer:r),e.length===0))return;this.bufferUniformSize=e[0].byteLength;let t=0;for(let r=0;r<e.length;r++){const s=e[r];r!==e.length-1&&s.byteLength!==this.bufferUniformSize&&(this.bufferUniformSize=void 0);const o=t+s.byteLength;this.shards.push({buffer:s,start:t,end:o}),t=o}this.shards.length===0&&(this.byteLength=0),this.byteLength=this.shards[this.shards.length-1].end}slice(e=0,t=this.byteLength){if(this.shards.length===0)return new ArrayBuffer(0);if(e=isNaN(Number(e))?0:e,t=isNaN(Number(t))?0:t,e=Math.max(0,e),t=Math.min(this.byteLength,t),t<=e)return new ArrayBuffer(0);const r=this.findShardForByte(e);if(r===-1)throw new Error(`Could not find start shard for byte ${e}`);const s=t-e,o=new ArrayBuffer(s),a=new Uint8Array(o);let i=0;for(let c=r;c<this.shards.length;c++){const l=this.shards[c],u=e+i-l.start,f=i,b=Math.min(t,l.end)-l.start,v=new Uint8Array(l.buffer,u,b-u);if(a.set(v,f),i+=v.length,t<l.end)break}return o}findShardForByte(e){if(this.shards.length===0||e<0||e>=this.byteLength)return-1;if(this.bufferUniformSize!=null)return this.previousShardIndex=Math.floor(e/this.bufferUniformSize),this.previousShardIndex;function t(s){return e<s.start?-1:e>=s.end?1:0}if(t(this.shards[this.previousShardIndex])===0)return this.previousShardIndex;const r=gl(this.shards,t);return r===-1?-1:(this.previousShardIndex=r,this.previousShardIndex)}}function gl(n,e){let t=0,r=n.length;for(;t<=r;){const s=Math.floor((r-t)/2)+t,o=e(n[s]);if(o===0)return s;o<0?r=s:t=s+1}return-1}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Ae=4;async function ml(n,e){const t=[],r=[],s=Array.isArray(n)?n.map(a=>a.name):Object.keys(n);for(let a=0;a<s.length;++a){const i=s[a],c=Array.isArray(n)?n[a].tensor:n[i];if(c.dtype!=="float32"&&c.dtype!=="int32"&&c.dtype!=="bool"&&c.dtype!=="string"&&c.dtype!=="complex64")throw new Error(`Unsupported dtype in weight '${i}': ${c.dtype}`);const l={name:i,shape:c.shape,dtype:c.dtype};if(c.dtype==="string"){const h=new Promise(async u=>{const f=await c.bytes(),g=f.reduce((y,E)=>y+E.length,0)+Ae*f.length,b=new Uint8Array(g);let v=0;for(let y=0;y<f.length;y++){const E=f[y],I=new Uint8Array(new Uint32Array([E.length]).buffer);b.set(I,v),v+=Ae,b.set(E,v),v+=E.length}u(b)});r.push(h)}else r.push(c.data());e!=null&&(l.group=e),t.push(l)}const o=await Promise.all(r);return{data:vl(o),specs:t}}function vo(n,e){const t=new ce(n),r={};let s=0;for(const o of e){const a=bl(o,(i,c)=>t.slice(s+i,s+c));r[o.name]=$o(o,t.slice(s,s+a)),s+=a}return r}function bl(n,e){const t=j(n.shape);let r;if("quantization"in n){const s=n.quantization;r=Ce[s.dtype]}else if(n.dtype==="string"){let s=0;for(let o=0;o<t;o++)s+=Ae+new Uint32Array(e(s,s+Ae))[0];return s}else r=Ce[n.dtype];return t*r}async function wl(n,e){const t=j(n.shape);let r;if("quantization"in n){const s=n.quantization;r=Ce[s.dtype]}else if(n.dtype==="string"){let s=0;for(let o=0;o<t;o++)s+=Ae+new Uint32Array(await e(s,s+Ae))[0];return s}else r=Ce[n.dtype];return t*r}function $o(n,e){const t=n.name,r=n.dtype,s=n.shape,o=j(s);let a,i=0;if("quantization"in n){const c=n.quantization;if(c.dtype==="uint8"||c.dtype==="uint16"){if(!("min"in c&&"scale"in c))throw new Error(`Weight ${n.name} with quantization ${c.dtype} doesn't have corresponding metadata min and scale.`)}else if(c.dtype==="float16"){if(r!=="float32")throw new Error(`Weight ${n.name} is quantized with ${c.dtype} which only supports weights of type float32 not ${r}.`)}else throw new Error(`Weight ${n.name} has unknown quantization dtype ${c.dtype}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`);const l=Ce[c.dtype],h=c.dtype==="uint8"?new Uint8Array(e):new Uint16Array(e);if(r==="float32")if(c.dtype==="uint8"||c.dtype==="uint16"){a=new Float32Array(h.length);for(let u=0;u<h.length;u++){const f=h[u];a[u]=f*c.scale+c.min}}else if(c.dtype==="float16")a=Ml()(h);else throw new Error(`Unsupported quantization type ${c.dtype} for weight type float32.`);else if(r==="int32"){if(c.dtype!=="uint8"&&c.dtype!=="uint16")throw new Error(`Unsupported quantization type ${c.dtype} for weight type int32.`);a=new Int32Array(h.length);for(let u=0;u<h.length;u++){const f=h[u];a[u]=Math.round(f*c.scale+c.min)}}else throw new Error(`Unsupported dtype in weight '${t}': ${r}`);i+=o*l}else if(r==="string"){const c=j(n.shape);a=[];for(let l=0;l<c;l++){const h=new Uint32Array(e.slice(i,i+Ae))[0];i+=Ae;const u=new Uint8Array(e.slice(i,i+h));a.push(u),i+=h}}else{const c=Ce[r];if(r==="float32")a=new Float32Array(e);else if(r==="int32")a=new Int32Array(e);else if(r==="bool")a=new Uint8Array(e);else if(r==="complex64"){a=new Float32Array(e);const l=new Float32Array(a.length/2),h=new Float32Array(a.length/2);for(let b=0;b<l.length;b++)l[b]=a[b*2],h[b]=a[b*2+1];const u=He(l,s,"float32"),f=He(h,s,"float32"),g=Qe(u,f);return u.dispose(),f.dispose(),g}else throw new Error(`Unsupported dtype in weight '${t}': ${r}`);i+=o*c}return He(a,s,r)}async function Gn(n,e,t){let r=new Uint8Array(e);for(;r.byteLength<t;){const{done:s,value:o}=await n.read();if(s&&o==null){const i=t-r.byteLength;throw new Error(`Reader is done but ${i} bytes are still expected`)}const a=new Uint8Array(r.length+o.byteLength);a.set(r,0),a.set(new Uint8Array(o),r.length),r=a}return r.buffer}async function yl(n,e){const t={},r=n.getReader();let s=new ArrayBuffer(0);for(const o of e){const a=await wl(o,async(l,h)=>(s=await Gn(r,s,h),s.slice(l,h)));s=await Gn(r,s,a);const i=s.slice(0,a);s=s.slice(a);const c=$o(o,i);if(t[o.name]=c,cr()==="webgpu"){const l=lr();"uploadToGPU"in l&&j(c.shape)>=H().get("WEBGPU_CPU_HANDOFF_SIZE_THRESHOLD")&&l.uploadToGPU(c.dataId)}}return t}function vl(n){if(n===null)throw new Error(`Invalid input value: ${JSON.stringify(n)}`);let e=0;const t=[];n.forEach(o=>{if(e+=o.byteLength,t.push(o.byteLength===o.buffer.byteLength?o:new o.constructor(o)),!(o instanceof Float32Array||o instanceof Int32Array||o instanceof Uint8Array))throw new Error(`Unsupported TypedArray subtype: ${o.constructor.name}`)});const r=new Uint8Array(e);let s=0;return t.forEach(o=>{r.set(new Uint8Array(o.buffer),s),s+=o.byteLength}),r.buffer}const yn=typeof Buffer<"u"&&(typeof Blob>"u"||typeof atob>"u"||typeof btoa>"u");function Hn(n){return yn?Buffer.byteLength(n,"utf8"):new Blob([n]).size}function $l(n){if(yn)return Buffer.from(n).toString("base64");const e=new Uint8Array(n);let t="";for(let r=0,s=e.length;r<s;r++)t+=String.fromCharCode(e[r]);return btoa(t)}function xl(n){if(yn){const r=Buffer.from(n,"base64");return r.buffer.slice(r.byteOffset,r.byteOffset+r.byteLength)}const e=atob(n),t=new Uint8Array(e.length);for(let r=0;r<e.length;++r)t.set([e.charCodeAt(r)],r);return t.buffer}function El(n){return ce.join(n)}function Kn(n){for(n=n.trim();n.endsWith("/");)n=n.slice(0,n.length-1);const t=n.split("/");return t[t.length-1]}function xo(n,e){const t={modelTopology:n.modelTopology,format:n.format,generatedBy:n.generatedBy,convertedBy:n.convertedBy,weightsManifest:e};return n.signature!=null&&(t.signature=n.signature),n.userDefinedMetadata!=null&&(t.userDefinedMetadata=n.userDefinedMetadata),n.modelInitializer!=null&&(t.modelInitializer=n.modelInitializer),n.initializerSignature!=null&&(t.initializerSignature=n.initializerSignature),n.trainingConfig!=null&&(t.trainingConfig=n.trainingConfig),t}function Eo(n,e,t){const r={modelTopology:n.modelTopology,format:n.format,generatedBy:n.generatedBy,convertedBy:n.convertedBy};if(n.trainingConfig!=null&&(r.trainingConfig=n.trainingConfig),n.weightsManifest!=null){if(!e)throw new Error("modelJSON has weightsManifest but weightSpecs is null");if(!t)throw new Error("modelJSON has weightsManifest but weightData is null");r.weightSpecs=e,r.weightData=t}return n.signature!=null&&(r.signature=n.signature),n.userDefinedMetadata!=null&&(r.userDefinedMetadata=n.userDefinedMetadata),n.modelInitializer!=null&&(r.modelInitializer=n.modelInitializer),n.initializerSignature!=null&&(r.initializerSignature=n.initializerSignature),r}async function vn(n,e){let t,r;return n.weightsManifest!=null&&([t,r]=await e(n.weightsManifest)),Eo(n,t,r)}function ut(n){if(n.modelTopology instanceof ArrayBuffer)throw new Error("Expected JSON model topology, received ArrayBuffer.");return{dateSaved:new Date,modelTopologyType:"JSON",modelTopologyBytes:n.modelTopology==null?0:Hn(JSON.stringify(n.modelTopology)),weightSpecsBytes:n.weightSpecs==null?0:Hn(JSON.stringify(n.weightSpecs)),weightDataBytes:n.weightData==null?0:new ce(n.weightData).byteLength}}function Qt(n){const e=[];for(const t of n)e.push(...t.weights);return e}function Sl(){const n=t=>{let r=t<<13,s=0;for(;(r&8388608)===0;)s-=8388608,r<<=1;return r&=-8388609,s+=947912704,r|s},e=new Uint32Array(2048);e[0]=0;for(let t=1;t<1024;t++)e[t]=n(t);for(let t=1024;t<2048;t++)e[t]=939524096+(t-1024<<13);return e}function kl(){const n=new Uint32Array(64);n[0]=0,n[31]=1199570944,n[32]=2147483648,n[63]=3347054592;for(let e=1;e<31;e++)n[e]=e<<23;for(let e=33;e<63;e++)n[e]=2147483648+(e-32<<23);return n}function Al(){const n=new Uint32Array(64);for(let e=0;e<64;e++)n[e]=1024;return n[0]=n[32]=0,n}function Ml(){const n=Sl(),e=kl(),t=Al();return r=>{const s=new ArrayBuffer(4*r.length),o=new Uint32Array(s);for(let a=0;a<r.length;a++){const i=r[a],c=n[t[i>>10]+(i&1023)]+e[i>>10];o[a]=c}return new Float32Array(s)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class q{constructor(){this.saveRouters=[],this.loadRouters=[]}static getInstance(){return q.instance==null&&(q.instance=new q),q.instance}static registerSaveRouter(e){q.getInstance().saveRouters.push(e)}static registerLoadRouter(e){q.getInstance().loadRouters.push(e)}static getSaveHandlers(e){return q.getHandlers(e,"save")}static getLoadHandlers(e,t){return q.getHandlers(e,"load",t)}static getHandlers(e,t,r){const s=[];return(t==="load"?q.getInstance().loadRouters:q.getInstance().saveRouters).forEach(a=>{const i=a(e,r);i!==null&&s.push(i)}),s}}const Tl=n=>q.registerSaveRouter(n),_l=n=>q.registerLoadRouter(n),Nl=n=>q.getSaveHandlers(n),Dl=(n,e)=>q.getLoadHandlers(n,e);/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const en="tensorflowjs",tn=1,De="models_store",Se="model_info_store";function So(){if(!H().getBool("IS_BROWSER"))throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");const n=typeof window>"u"?self:window,e=n.indexedDB||n.mozIndexedDB||n.webkitIndexedDB||n.msIndexedDB||n.shimIndexedDB;if(e==null)throw new Error("The current browser does not appear to support IndexedDB.");return e}function nn(n){const e=n.result;e.createObjectStore(De,{keyPath:"modelPath"}),e.createObjectStore(Se,{keyPath:"modelPath"})}class Be{constructor(e){if(this.indexedDB=So(),e==null||!e)throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");this.modelPath=e}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");return this.databaseAction(this.modelPath,e)}async load(){return this.databaseAction(this.modelPath)}databaseAction(e,t){return new Promise((r,s)=>{const o=this.indexedDB.open(en,tn);o.onupgradeneeded=()=>nn(o),o.onsuccess=()=>{const a=o.result;if(t==null){const i=a.transaction(De,"readonly"),l=i.objectStore(De).get(this.modelPath);l.onsuccess=()=>{if(l.result==null)return a.close(),s(new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));r(l.result.modelArtifacts)},l.onerror=h=>(a.close(),s(l.error)),i.oncomplete=()=>a.close()}else{t.weightData=ce.join(t.weightData);const i=ut(t),c=a.transaction(Se,"readwrite");let l=c.objectStore(Se),h;try{h=l.put({modelPath:this.modelPath,modelArtifactsInfo:i})}catch(f){return s(f)}let u;h.onsuccess=()=>{u=a.transaction(De,"readwrite");const f=u.objectStore(De);let g;try{g=f.put({modelPath:this.modelPath,modelArtifacts:t,modelArtifactsInfo:i})}catch(b){return s(b)}g.onsuccess=()=>r({modelArtifactsInfo:i}),g.onerror=b=>{l=c.objectStore(Se);const v=l.delete(this.modelPath);v.onsuccess=()=>(a.close(),s(g.error)),v.onerror=y=>(a.close(),s(g.error))}},h.onerror=f=>(a.close(),s(h.error)),c.oncomplete=()=>{u==null?a.close():u.oncomplete=()=>a.close()}}},o.onerror=a=>s(o.error)})}}Be.URL_SCHEME="indexeddb://";const ko=n=>H().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(Be.URL_SCHEME)?Il(n.slice(Be.URL_SCHEME.length)):null;q.registerSaveRouter(ko);q.registerLoadRouter(ko);function Il(n){return new Be(n)}function Rl(n){return n.startsWith(Be.URL_SCHEME)?n.slice(Be.URL_SCHEME.length):n}class Cl{constructor(){this.indexedDB=So()}async listModels(){return new Promise((e,t)=>{const r=this.indexedDB.open(en,tn);r.onupgradeneeded=()=>nn(r),r.onsuccess=()=>{const s=r.result,o=s.transaction(Se,"readonly"),i=o.objectStore(Se).getAll();i.onsuccess=()=>{const c={};for(const l of i.result)c[l.modelPath]=l.modelArtifactsInfo;e(c)},i.onerror=c=>(s.close(),t(i.error)),o.oncomplete=()=>s.close()},r.onerror=s=>t(r.error)})}async removeModel(e){return e=Rl(e),new Promise((t,r)=>{const s=this.indexedDB.open(en,tn);s.onupgradeneeded=()=>nn(s),s.onsuccess=()=>{const o=s.result,a=o.transaction(Se,"readwrite"),i=a.objectStore(Se),c=i.get(e);let l;c.onsuccess=()=>{if(c.result==null)return o.close(),r(new Error(`Cannot find model with path '${e}' in IndexedDB.`));{const h=i.delete(e),u=()=>{l=o.transaction(De,"readwrite");const g=l.objectStore(De).delete(e);g.onsuccess=()=>t(c.result.modelArtifactsInfo),g.onerror=b=>r(c.error)};h.onsuccess=u,h.onerror=f=>(u(),o.close(),r(c.error))}},c.onerror=h=>(o.close(),r(c.error)),a.oncomplete=()=>{l==null?o.close():l.oncomplete=()=>o.close()}},s.onerror=o=>r(s.error)})}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const pe="/",ze="tensorflowjs_models",Ao="info",Bl="model_topology",Pl="weight_specs",Ol="weight_data",Fl="model_metadata";function Mo(n){return{info:[ze,n,Ao].join(pe),topology:[ze,n,Bl].join(pe),weightSpecs:[ze,n,Pl].join(pe),weightData:[ze,n,Ol].join(pe),modelMetadata:[ze,n,Fl].join(pe)}}function To(n){for(const e of Object.values(n))window.localStorage.removeItem(e)}function Ll(n){const e=n.split(pe);if(e.length<3)throw new Error(`Invalid key format: ${n}`);return e.slice(1,e.length-1).join(pe)}function Wl(n){return n.startsWith(Pe.URL_SCHEME)?n.slice(Pe.URL_SCHEME.length):n}class Pe{constructor(e){if(!H().getBool("IS_BROWSER")||typeof window>"u"||typeof window.localStorage>"u")throw new Error("The current environment does not support local storage.");if(this.LS=window.localStorage,e==null||!e)throw new Error("For local storage, modelPath must not be null, undefined or empty.");this.modelPath=e,this.keys=Mo(this.modelPath)}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");{const t=JSON.stringify(e.modelTopology),r=JSON.stringify(e.weightSpecs),s=ut(e),o=ce.join(e.weightData);try{this.LS.setItem(this.keys.info,JSON.stringify(s)),this.LS.setItem(this.keys.topology,t),this.LS.setItem(this.keys.weightSpecs,r),this.LS.setItem(this.keys.weightData,$l(o));const a={format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy,signature:e.signature!=null?e.signature:void 0,userDefinedMetadata:e.userDefinedMetadata!=null?e.userDefinedMetadata:void 0,modelInitializer:e.modelInitializer!=null?e.modelInitializer:void 0,initializerSignature:e.initializerSignature!=null?e.initializerSignature:void 0,trainingConfig:e.trainingConfig!=null?e.trainingConfig:void 0};return this.LS.setItem(this.keys.modelMetadata,JSON.stringify(a)),{modelArtifactsInfo:s}}catch{throw To(this.keys),new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${s.modelTopologyBytes}, weightSpecsBytes=${s.weightSpecsBytes}, weightDataBytes=${s.weightDataBytes}.`)}}}async load(){const e=JSON.parse(this.LS.getItem(this.keys.info));if(e==null)throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);if(e.modelTopologyType!=="JSON")throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");const t={},r=JSON.parse(this.LS.getItem(this.keys.topology));if(r==null)throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);t.modelTopology=r;const s=JSON.parse(this.LS.getItem(this.keys.weightSpecs));if(s==null)throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);t.weightSpecs=s;const o=this.LS.getItem(this.keys.modelMetadata);if(o!=null){const i=JSON.parse(o);t.format=i.format,t.generatedBy=i.generatedBy,t.convertedBy=i.convertedBy,i.signature!=null&&(t.signature=i.signature),i.userDefinedMetadata!=null&&(t.userDefinedMetadata=i.userDefinedMetadata),i.modelInitializer!=null&&(t.modelInitializer=i.modelInitializer),i.initializerSignature!=null&&(t.initializerSignature=i.initializerSignature),i.trainingConfig!=null&&(t.trainingConfig=i.trainingConfig)}const a=this.LS.getItem(this.keys.weightData);if(a==null)throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);return t.weightData=xl(a),t}}Pe.URL_SCHEME="localstorage://";const _o=n=>H().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(Pe.URL_SCHEME)?zl(n.slice(Pe.URL_SCHEME.length)):null;q.registerSaveRouter(_o);q.registerLoadRouter(_o);function zl(n){return new Pe(n)}class ql{constructor(){p(H().getBool("IS_BROWSER"),()=>"Current environment is not a web browser"),p(typeof window>"u"||typeof window.localStorage<"u",()=>"Current browser does not appear to support localStorage"),this.LS=window.localStorage}async listModels(){const e={},t=ze+pe,r=pe+Ao;for(let s=0;s<this.LS.length;++s){const o=this.LS.key(s);if(o.startsWith(t)&&o.endsWith(r)){const a=Ll(o);e[a]=JSON.parse(this.LS.getItem(o))}}return e}async removeModel(e){e=Wl(e);const t=Mo(e);if(this.LS.getItem(t.info)==null)throw new Error(`Cannot find model at path '${e}'`);const r=JSON.parse(this.LS.getItem(t.info));return To(t),r}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Ke="://";class X{constructor(){this.managers={}}static getInstance(){return X.instance==null&&(X.instance=new X),X.instance}static registerManager(e,t){p(e!=null,()=>"scheme must not be undefined or null."),e.endsWith(Ke)&&(e=e.slice(0,e.indexOf(Ke))),p(e.length>0,()=>"scheme must not be an empty string.");const r=X.getInstance();p(r.managers[e]==null,()=>`A model store manager is already registered for scheme '${e}'.`),r.managers[e]=t}static getManager(e){const t=X.getInstance().managers[e];if(t==null)throw new Error(`Cannot find model manager for scheme '${e}'`);return t}static getSchemes(){return Object.keys(X.getInstance().managers)}}function pt(n){if(n.indexOf(Ke)===-1)throw new Error(`The url string provided does not contain a scheme. Supported schemes are: ${X.getSchemes().join(",")}`);return{scheme:n.split(Ke)[0],path:n.split(Ke)[1]}}async function No(n,e,t=!1){p(n!==e,()=>`Old path and new path are the same: '${n}'`);const r=q.getLoadHandlers(n);p(r.length>0,()=>`Copying failed because no load handler is found for source URL ${n}.`),p(r.length<2,()=>`Copying failed because more than one (${r.length}) load handlers for source URL ${n}.`);const s=r[0],o=q.getSaveHandlers(e);p(o.length>0,()=>`Copying failed because no save handler is found for destination URL ${e}.`),p(o.length<2,()=>`Copying failed because more than one (${r.length}) save handlers for destination URL ${e}.`);const a=o[0],i=pt(n).scheme,c=pt(n).path,l=i===pt(n).scheme,h=await s.load();t&&l&&await X.getManager(i).removeModel(c);const u=await a.save(h);return t&&!l&&await X.getManager(i).removeModel(c),u.modelArtifactsInfo}async function Ul(){const n=X.getSchemes(),e={};for(const t of n){const r=await X.getManager(t).listModels();for(const s in r){const o=t+Ke+s;e[o]=r[s]}}return e}async function Gl(n){const e=pt(n);return X.getManager(e.scheme).removeModel(e.path)}async function Hl(n,e){return No(n,e,!1)}async function Kl(n,e){return No(n,e,!0)}/**
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
 */class Vl{constructor(){this.messageName="setTimeoutCustom",this.functionRefs=[],this.handledMessageCount=0,this.hasEventListener=!1}fetch(e,t){return fetch(e,t)}now(){return performance.now()}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Browser's encoder only supports utf-8, but got ${t}`);return this.textEncoder==null&&(this.textEncoder=new TextEncoder),this.textEncoder.encode(e)}decode(e,t){return new TextDecoder(t).decode(e)}setTimeoutCustom(e,t){if(typeof window>"u"||!H().getBool("USE_SETTIMEOUTCUSTOM")){setTimeout(e,t);return}this.functionRefs.push(e),setTimeout(()=>{window.postMessage({name:this.messageName,index:this.functionRefs.length-1},"*")},t),this.hasEventListener||(this.hasEventListener=!0,window.addEventListener("message",r=>{if(r.source===window&&r.data.name===this.messageName){r.stopPropagation();const s=this.functionRefs[r.data.index];s(),this.handledMessageCount++,this.handledMessageCount===this.functionRefs.length&&(this.functionRefs=[],this.handledMessageCount=0)}},!0))}isTypedArray(e){return $a(e)}}if(H().get("IS_BROWSER")){H().setPlatform("browser",new Vl);try{X.registerManager(Pe.URL_SCHEME,new ql)}catch{}try{X.registerManager(Be.URL_SCHEME,new Cl)}catch{}}/**
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
 */const jl={importFetch:()=>require("node-fetch")};let zt;class Xl{constructor(){this.util=require("util"),this.textEncoder=new this.util.TextEncoder}fetch(e,t){return H().global.fetch!=null?H().global.fetch(e,t):(zt==null&&(zt=jl.importFetch()),zt(e,t))}now(){const e=process.hrtime();return e[0]*1e3+e[1]/1e6}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Node built-in encoder only supports utf-8, but got ${t}`);return this.textEncoder.encode(e)}decode(e,t){return e.length===0?"":new this.util.TextDecoder(t).decode(e)}isTypedArray(e){return this.util.types.isFloat32Array(e)||this.util.types.isInt32Array(e)||this.util.types.isUint8Array(e)||this.util.types.isUint8ClampedArray(e)}}H().get("IS_NODE")&&!H().get("IS_BROWSER")&&H().setPlatform("node",new Xl);/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function we(n,e="float32",t){return e=e||"float32",ye(n),new xt(n,e,t)}/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function Do(n,e=!1){console.log(n.toString(e))}/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */xa();const Jl={buffer:we,cast:U,clone:Je,print:Do};Ea(Jl);/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Yl(n){const e=d(n,"x","abs");if(e.dtype==="complex64"){const t={x:e};return w.runKernel(ur,t)}else{const t={x:e};return w.runKernel(hr,t)}}const ne=m({abs_:Yl});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Zl(n){const t={x:d(n,"x","acos")};return w.runKernel(dr,t)}const Ql=m({acos_:Zl});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function eu(n){const t={x:d(n,"x","acosh")};return w.runKernel(fr,t)}const tu=m({acosh_:eu});/**
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
 */function nu(n){p(Array.isArray(n),()=>"The argument passed to tf.addN() must be a list of tensors"),p(n.length>=1,()=>`Must pass at least one tensor to tf.addN(), but got ${n.length}`);const e=n.map((s,o)=>d(s,`tensors${o}`,"addN")),t=e[0];e.forEach(s=>{if(s.dtype!==t.dtype)throw new Error("All tensors passed to tf.addN() must have the same dtype")}),e.forEach(s=>{if(!at(s.shape,t.shape))throw new Error("All tensors passed to tf.addN() must have the same shape")});const r=e;return w.runKernel(pr,r)}const ru=m({addN_:nu});/**
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
 */function su(n,e=null,t=!1){const s={x:d(n,"x","all","bool")},o={axis:e,keepDims:t};return w.runKernel(gr,s,o)}const ou=m({all_:su});/**
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
 */function au(n,e=null,t=!1){const s={x:d(n,"x","any","bool")},o={axis:e,keepDims:t};return w.runKernel(mr,s,o)}const iu=m({any_:au});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function cu(n,e=0){const r={x:d(n,"x","argMax")},s={axis:e};return w.runKernel(br,r,s)}const lu=m({argMax_:cu});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function uu(n,e=0){const r={x:d(n,"x","argMin")},s={axis:e};return w.runKernel(wr,r,s)}const hu=m({argMin_:uu});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function du(n){const t={x:d(n,"x","asin")};return w.runKernel(yr,t)}const fu=m({asin_:du});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function pu(n){const t={x:d(n,"x","asinh")};return w.runKernel(vr,t)}const gu=m({asinh_:pu});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function mu(n){const t={x:d(n,"x","atan")};return w.runKernel($r,t)}const bu=m({atan_:mu});/**
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
 */function wu(n,e){let t=d(n,"a","atan2"),r=d(e,"b","atan2");[t,r]=ue(t,r);const s={a:t,b:r};return w.runKernel(xr,s)}const yu=m({atan2_:wu});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function vu(n){const t={x:d(n,"x","atanh")};return w.runKernel(Er,t)}const $u=m({atanh_:vu});/**
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
 */function xu(n,e,t,r,s){const o=d(n,"x","avgPool","float32"),a=1;p(Me(t,a),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`);let i=o,c=!1;o.rank===3&&(c=!0,i=$(o,[1,o.shape[0],o.shape[1],o.shape[2]])),p(i.rank===4,()=>`Error in avgPool: x must be rank 4 but got rank ${i.rank}.`),ve("avgPool",r,s);const l={x:i},h={filterSize:e,strides:t,pad:r,dimRoundingMode:s};let u=w.runKernel(Sr,l,h);return u=U(u,o.dtype),c?$(u,[u.shape[1],u.shape[2],u.shape[3]]):u}const Io=m({avgPool_:xu});/**
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
 */function Eu(n,e,t,r,s,o="NDHWC"){const a=d(n,"x","avgPool3d","float32");let i=a,c=!1;a.rank===4&&(c=!0,i=$(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),p(i.rank===5,()=>`Error in avgPool3d: x must be rank 5 but got rank ${i.rank}.`),p(o==="NDHWC",()=>`Error in avgPool3d: Only NDHWC is currently supported, but got dataFormat of ${o}`),p(typeof t=="number"&&t>0||Array.isArray(t)&&t[0]>0&&t[1]>0&&t[2]>0,()=>`Error in avgPool3d: Stride must be > 0, but got '${t}'`),ve("avgPool3d",r,s);const l={x:i},h={filterSize:e,strides:t,pad:r,dimRoundingMode:s,dataFormat:o};let u=w.runKernel(kr,l,h);return u=U(u,i.dtype),c?$(u,[u.shape[1],u.shape[2],u.shape[3],u.shape[4]]):u}const Su=m({avgPool3d_:Eu});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function ku(n){const t={x:d(n,"x","tanh","float32")};return w.runKernel(Ar,t)}const rn=m({tanh_:ku});/**
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
 */function Au(n,e,t,r,s,o){const a=d(n,"forgetBias","basicLSTMCell"),i=d(e,"lstmKernel","basicLSTMCell"),c=d(t,"lstmBias","basicLSTMCell"),l=d(r,"data","basicLSTMCell"),h=d(s,"c","basicLSTMCell"),u=d(o,"h","basicLSTMCell"),f=ee([l,u],1),g=P(f,i),b=M(g,c),v=b.shape[0],y=b.shape[1]/4,E=[v,y],I=W(b,[0,0],E),R=W(b,[0,y],E),S=W(b,[0,y*2],E),A=W(b,[0,y*3],E),k=M(x(Ge(I),rn(R)),x(h,Ge(M(a,S)))),_=x(rn(k),Ge(A));return[k,_]}const Mu=m({basicLSTMCell_:Au});function Tu(n){let e;return n.rank===0||n.rank===1?e=$(n,[1,1,1,n.size]):n.rank===2?e=$(n,[1,1,n.shape[0],n.shape[1]]):n.rank===3?e=$(n,[1,n.shape[0],n.shape[1],n.shape[2]]):e=n,e}/**
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
 */function _u(n,e,t,r,s,o){o==null&&(o=.001);const a=d(n,"x","batchNorm"),i=d(e,"mean","batchNorm"),c=d(t,"variance","batchNorm");let l;s!=null&&(l=d(s,"scale","batchNorm"));let h;r!=null&&(h=d(r,"offset","batchNorm")),p(i.rank===c.rank,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),p(h==null||i.rank===h.rank,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),p(l==null||i.rank===l.rank,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");const f={x:Tu(a),scale:l,offset:h,mean:i,variance:c},g={varianceEpsilon:o},b=w.runKernel(Mr,f,g);return $(b,a.shape)}const Dt=m({batchNorm_:_u});function Nu(n,e,t,r,s,o){const a=d(n,"x","batchNorm"),i=d(e,"mean","batchNorm"),c=d(t,"variance","batchNorm");let l;s!=null&&(l=d(s,"scale","batchNorm"));let h;return r!=null&&(h=d(r,"offset","batchNorm")),p(a.rank===2,()=>`Error in batchNorm2D: x must be rank 2 but got rank ${a.rank}.`),p(i.rank===2||i.rank===1,()=>`Error in batchNorm2D: mean must be rank 2 or rank 1 but got rank ${i.rank}.`),p(c.rank===2||c.rank===1,()=>`Error in batchNorm2D: variance must be rank 2 or rank 1 but got rank ${c.rank}.`),l!=null&&p(l.rank===2||l.rank===1,()=>`Error in batchNorm2D: scale must be rank 2 or rank 1 but got rank ${l.rank}.`),h!=null&&p(h.rank===2||h.rank===1,()=>`Error in batchNorm2D: offset must be rank 2 or rank 1 but got rank ${h.rank}.`),Dt(a,i,c,h,l,o)}const Du=m({batchNorm2d_:Nu});function Iu(n,e,t,r,s,o){const a=d(n,"x","batchNorm"),i=d(e,"mean","batchNorm"),c=d(t,"variance","batchNorm");let l;s!=null&&(l=d(s,"scale","batchNorm"));let h;return r!=null&&(h=d(r,"offset","batchNorm")),p(a.rank===3,()=>`Error in batchNorm3D: x must be rank 3 but got rank ${a.rank}.`),p(i.rank===3||i.rank===1,()=>`Error in batchNorm3D: mean must be rank 3 or rank 1 but got rank ${i.rank}.`),p(c.rank===3||c.rank===1,()=>`Error in batchNorm3D: variance must be rank 3 or rank 1 but got rank ${c.rank}.`),l!=null&&p(l.rank===3||l.rank===1,()=>`Error in batchNorm3D: scale must be rank 3 or rank 1 but got rank ${l.rank}.`),h!=null&&p(h.rank===3||h.rank===1,()=>`Error in batchNorm3D: offset must be rank 3 or rank 1 but got rank ${h.rank}.`),Dt(a,i,c,h,l,o)}const Ru=m({batchNorm3d_:Iu});function Cu(n,e,t,r,s,o){const a=d(n,"x","batchNorm"),i=d(e,"mean","batchNorm"),c=d(t,"variance","batchNorm");let l;s!=null&&(l=d(s,"scale","batchNorm"));let h;return r!=null&&(h=d(r,"offset","batchNorm")),p(a.rank===4,()=>`Error in batchNorm4D: x must be rank 4 but got rank ${a.rank}.`),p(i.rank===4||i.rank===1,()=>`Error in batchNorm4D: mean must be rank 4 or rank 1 but got rank ${i.rank}.`),p(c.rank===4||c.rank===1,()=>`Error in batchNorm4D: variance must be rank 4 or rank 1 but got rank ${c.rank}.`),l!=null&&p(l.rank===4||l.rank===1,()=>`Error in batchNorm4D: scale must be rank 4 or rank 1 but got rank ${l.rank}.`),h!=null&&p(h.rank===4||h.rank===1,()=>`Error in batchNorm4D: offset must be rank 4 or rank 1 but got rank ${h.rank}.`),Dt(a,i,c,h,l,o)}const Bu=m({batchNorm4d_:Cu});/**
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
 */function Pu(n,e,t){const r=d(n,"x","bincount"),s=d(e,"weights","bincount");p(r.dtype==="int32",()=>`Error in bincount: input dtype must be int32, but got ${r.dtype}`),p(t>=0,()=>`size must be non-negative, but got ${t}.`),p(s.size===r.size||s.size===0,()=>`Error in bincount: weights must have the same size as input or0-length, but got input shape: ${r.shape}, weights shape: ${s.shape}.`);const o={x:r,weights:s},a={size:t};return w.runKernel(Tr,o,a)}const Ro=m({bincount_:Pu});/**
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
 */function Ou(n,e){const t=d(n,"x","bitwiseAnd"),r=d(e,"y","bitwiseAnd");if(!at(t.shape,r.shape))throw new Error(`BitwiseAnd: Tensors must have the same shape. x: ${t.shape}, y: ${r.shape}`);if(t.dtype!=="int32"||r.dtype!=="int32")throw new Error(`BitwiseAnd: Only supports 'int32' values in tensor, found type of x: ${t.dtype} and type of y: ${r.dtype}`);const s={a:t,b:r};return w.runKernel(_r,s)}const Fu=m({bitwiseAnd_:Ou});/**
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
 */function Lu(n,e){const t=d(n,"s0","broadcastArgs","int32"),r=d(e,"s1","broadcastArgs","int32");if(t.rank!==1)throw new Error(`broadcastArgs(): first input must be a vector (rank=1). Has rank ${t.rank}`);if(r.rank!==1)throw new Error(`broadcastArgs(): second input must be a vector (rank=1). Has rank ${r.rank}`);const s={s0:t,s1:r};return w.runKernel(Nr,s)}const Wu=m({broadcastArgs_:Lu});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function zu(n){const t={x:d(n,"x","ceil","float32")};return w.runKernel(Dr,t)}const qu=m({ceil_:zu});/**
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
 */function ht(n,e,t){ye(n),t=t||Sa(e);const r={shape:n,value:e,dtype:t};return w.runKernel(Ir,{},r)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Uu(n,e,t){const r=d(n,"x","clipByValue");if(p(e<=t,()=>`Error in clip: min (${e}) must be less than or equal to max (${t}).`),e===t)return ht(r.shape,e,r.dtype);const s={x:r},o={clipValueMin:e,clipValueMax:t};return w.runKernel(Rr,s,o)}const Gu=m({clipByValue_:Uu});function Hu(n){return ee(n,0)}const Ku=m({concat1d_:Hu});function Vu(n,e){return ee(n,e)}const ju=m({concat2d_:Vu});function Xu(n,e){return ee(n,e)}const Ju=m({concat3d_:Xu});function Yu(n,e){return ee(n,e)}const Zu=m({concat4d_:Yu});function Qu(n,e,t,r,s="NWC",o=1,a){const i=d(n,"x","conv1d"),c=d(e,"filter","conv1d");let l=i,h=!1;i.rank===2&&(h=!0,l=$(i,[1,i.shape[0],i.shape[1]])),p(l.rank===3,()=>`Error in conv1d: input must be rank 3, but got rank ${l.rank}.`),p(c.rank===3,()=>`Error in conv1d: filter must be rank 3, but got rank ${c.rank}.`),ve("conv1d",r,a),p(l.shape[2]===c.shape[1],()=>`Error in conv1d: depth of input (${l.shape[2]}) must match input depth for filter ${c.shape[1]}.`),p(Me(t,o),()=>`Error in conv1D: Either stride or dilation must be 1. Got stride ${t} and dilation '${o}'`),p(et(o),()=>"Error in conv1D: Dilated rates should be larger than 0."),p(et(t),()=>"Error in conv1D: Stride should be larger than 0."),p(s==="NWC",()=>`Error in conv1d: got dataFormat of ${s} but only NWC is currently supported.`);const u=$(c,[1,c.shape[0],c.shape[1],c.shape[2]]),f=$(l,[l.shape[0],1,l.shape[1],l.shape[2]]),y=_t(f,u,[1,t],r,"NHWC",[1,o],a);return h?$(y,[y.shape[2],y.shape[3]]):$(y,[y.shape[0],y.shape[2],y.shape[3]])}const eh=m({conv1d_:Qu});function th(n,e,t,r,s,o){const a=d(n,"x","conv2dTranspose"),i=d(e,"filter","conv2dTranspose");return Cr(t,a,i,r,s,"NHWC",o)}const nh=m({conv2dTranspose_:th});/**
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
 */function rh(n,e,t,r,s="NDHWC",o=[1,1,1]){const a=d(n,"x","conv3d"),i=d(e,"filter","conv3d");let c=a,l=!1;a.rank===4&&(l=!0,c=$(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),p(c.rank===5,()=>`Error in conv3d: input must be rank 5, but got rank ${c.rank}.`),p(i.rank===5,()=>`Error in conv3d: filter must be rank 5, but got rank ${i.rank}.`),p(c.shape[4]===i.shape[3],()=>`Error in conv3d: depth of input (${c.shape[4]}) must match input depth for filter ${i.shape[3]}.`),p(Me(t,o),()=>`Error in conv3D: Either strides or dilations must be 1. Got strides ${t} and dilations '${o}'`),p(s==="NDHWC",()=>`Error in conv3d: got dataFormat of ${s} but only NDHWC is currently supported.`),p(et(o),()=>"Error in conv3D: Dilated rates should be larger than 0."),p(et(t),()=>"Error in conv3D: Strides should be larger than 0.");const h={x:c,filter:i},u={strides:t,pad:r,dataFormat:s,dilations:o},f=w.runKernel(Br,h,u);return l?$(f,[f.shape[1],f.shape[2],f.shape[3],f.shape[4]]):f}const sh=m({conv3d_:rh});function oh(n,e,t,r,s){const o=d(n,"x","conv3dTranspose"),a=d(e,"filter","conv3dTranspose");return ka(t,o,a,r,s)}const ah=m({conv3dTranspose_:oh});/**
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
 */function ih(n,e,t,r=!1){const s=d(n,"x","denseBincount"),o=d(e,"weights","denseBincount");p(s.dtype==="int32",()=>`Error in denseBincount: input dtype must be int32, but got ${s.dtype}`),p(s.rank<=2,()=>`Error in denseBincount: input must be at most rank 2, but got rank ${s.rank}.`),p(t>=0,()=>`size must be non-negative, but got ${t}.`),p(o.size===s.size||o.size===0,()=>`Error in denseBincount: weights must have the same shape as x or 0-length, but got x shape: ${s.shape}, weights shape: ${o.shape}.`);const a={x:s,weights:o},i={size:t,binaryOutput:r};return w.runKernel(Pr,a,i)}const ch=m({denseBincount_:ih});/**
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
 */function lh(n,e,t="NHWC"){const r=d(n,"x","depthToSpace","float32"),s=t==="NHWC"?r.shape[1]:r.shape[2],o=t==="NHWC"?r.shape[2]:r.shape[3],a=t==="NHWC"?r.shape[3]:r.shape[1];p(e>1,()=>`blockSize should be > 1 for depthToSpace, but was: ${e}`),p(s*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${s} and ${e}  for depthToSpace with input shape
    ${r.shape}`),p(o*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${o} and ${e} for depthToSpace with input shape
        ${r.shape}`),p(a%(e*e)===0,()=>`Dimension size must be evenly divisible by ${e*e} but is ${a} for depthToSpace with input shape ${r.shape}`);const i={x:r},c={blockSize:e,dataFormat:t};return w.runKernel(Or,i,c)}const uh=m({depthToSpace_:lh});/**
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
 */function hh(n,e,t,r,s="NHWC",o=[1,1],a){const i=d(n,"x","depthwiseConv2d","float32"),c=d(e,"filter","depthwiseConv2d","float32");let l=i,h=!1;i.rank===3&&(h=!0,l=$(i,[1,i.shape[0],i.shape[1],i.shape[2]])),p(l.rank===4,()=>`Error in depthwiseConv2d: input must be rank 4, but got rank ${l.rank}.`),p(c.rank===4,()=>`Error in depthwiseConv2d: filter must be rank 4, but got rank ${c.rank}.`);const u=s==="NHWC"?l.shape[3]:l.shape[1];p(u===c.shape[2],()=>`Error in depthwiseConv2d: number of input channels (${u}) must match the inChannels dimension in filter ${c.shape[2]}.`),ve("depthwiseConv2d",r,a);const f={x:l,filter:c},g={strides:t,pad:r,dataFormat:s,dilations:o,dimRoundingMode:a},b=w.runKernel(Fr,f,g);return h?$(b,[b.shape[1],b.shape[2],b.shape[3]]):b}const $n=m({depthwiseConv2d_:hh});/**
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
 */function dh(n){const t={x:d(n,"x","diag")};return w.runKernel(Lr,t)}const fh=m({diag_:dh});/**
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
 */function ph(n,e,t,r,s=[1,1],o="NHWC"){const a=d(n,"x","dilation2d"),i=d(e,"filter","dilation2d");p(a.rank===3||a.rank===4,()=>`Error in dilation2d: input must be rank 3 or 4, but got rank ${a.rank}.`),p(i.rank===3,()=>`Error in dilation2d: filter must be rank 3, but got rank ${i.rank}.`),p(o==="NHWC",()=>`Error in dilation2d: Only NHWC is currently supported, but got dataFormat of ${o}`);let c=a,l=!1;a.rank===3&&(c=$(a,[1,a.shape[0],a.shape[1],a.shape[2]]),l=!0),p(c.shape[3]===i.shape[2],()=>`Error in dilation2d:  input and filter must have the same depth: ${c.shape[3]} vs ${i.shape[2]}`);const h={x:c,filter:i},u={strides:t,pad:r,dilations:s},f=w.runKernel(Wr,h,u);return l?$(f,[f.shape[1],f.shape[2],f.shape[3]]):f}const gh=m({dilation2d_:ph});/**
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
 */function mh(n,e){let t=d(n,"a","div"),r=d(e,"b","div");[t,r]=ue(t,r);const s=L(t,r),o=re(s),a=zr(r,o);return ke(a,o,s)}const bh=m({divNoNan_:mh});/**
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
 */function wh(n,e){const t=d(n,"t1","dot"),r=d(e,"t2","dot");p((t.rank===1||t.rank===2)&&(r.rank===1||r.rank===2),()=>`Error in dot: inputs must all be rank 1 or 2, but got ranks ${t.rank} and ${r.rank}.`);const s=t.rank===1?t.size:t.shape[1],o=r.rank===1?r.size:r.shape[0];if(p(s===o,()=>`Error in dot: inner dimensions of inputs must match, but got ${s} and ${o}.`),t.rank===1&&r.rank===1){const a=$(t,[1,-1]),i=$(r,[-1,1]),c=P(a,i);return $(c,[])}else if(t.rank===1&&r.rank===2){const a=$(t,[1,-1]),i=$(r,[r.shape[0],r.shape[1]]),c=P(a,i);return $(c,[c.size])}else if(t.rank===2&&r.rank===1){const a=$(r,[-1,1]),i=P(t,a);return $(i,[i.size])}else{const a=$(r,[r.shape[0],r.shape[1]]);return P(t,a)}}const yh=m({dot_:wh});/**
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
 */function vh(n,...e){const t=e.map((s,o)=>d(s,`tensors${o}`,"einsum")),r={equation:n};return w.runKernel(qr,t,r)}const qe=m({einsum_:vh});/**
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
 */function $h(n){const t={x:d(n,"x","elu","float32")};return w.runKernel(Ur,t)}const Co=m({elu_:$h});/**
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
 */function xh(n,e){const t=d(n,"x","ensureShape","string_or_numeric");if(!Aa(t.shape,e))throw new Error(`EnsureShape: Shape of tensor ${t.shape} is not compatible with expected shape ${e}`);return n}const Eh=m({ensureShape_:xh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Sh(n){let e=d(n,"x","erf");p(e.dtype==="int32"||e.dtype==="float32",()=>"Input dtype must be `int32` or `float32`."),e.dtype==="int32"&&(e=U(e,"float32"));const t={x:e};return w.runKernel(Gr,t)}const kh=m({erf_:Sh});/**
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
 */function Ah(n,e=null,t=!1){const s={x:d(n,"x","max")},o={reductionIndices:e,keepDims:t};return w.runKernel(Hr,s,o)}const Ve=m({max_:Ah});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function Mh(n,e=null,t=!1){const s={x:d(n,"x","min")},o={axis:e,keepDims:t};return w.runKernel(Kr,s,o)}const sn=m({min_:Mh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Th(n,e="euclidean",t=null,r=!1){n=d(n,"x","norm");const s=Bo(n,e,t);let o=s.shape;if(r){const a=un(t,n.shape);o=it(s.shape,a)}return $(s,o)}function Bo(n,e,t=null){if(n.rank===0)return ne(n);if(n.rank!==1&&t===null)return Bo($(n,[-1]),e,t);if(n.rank===1||typeof t=="number"||Array.isArray(t)&&t.length===1){if(e===1)return F(ne(n),t);if(e===1/0)return Ve(ne(n),t);if(e===-1/0)return sn(ne(n),t);if(e==="euclidean"||e===2)return be(F(tt(ne(n),O(2,"int32")),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}if(Array.isArray(t)&&t.length===2){if(e===1)return Ve(F(ne(n),t[0]),t[1]-1);if(e===1/0)return Ve(F(ne(n),t[1]),t[0]);if(e===-1/0)return sn(F(ne(n),t[1]),t[0]);if(e==="fro"||e==="euclidean")return be(F(ae(n),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}throw new Error(`Error in norm: invalid axis: ${t}`)}const It=m({norm_:Th});/**
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
 */function _h(n,e=null,t=!1){return It(n,"euclidean",e,t)}const Nh=m({euclideanNorm_:_h});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Dh(n){const t={x:d(n,"x","expm1")};return w.runKernel(Vr,t)}const Ih=m({expm1_:Dh});/**
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
 */function Rh(n,e,t,r="float32"){e==null&&(e=n);const s=we([n,e],r),o=n<=e?n:e;for(let i=0;i<o;++i)s.set(1,i,i);const a=$(s.toTensor(),[n,e]);if(t==null)return a;if(t.length===1)return Ye(xe(a,0),[t[0],1,1]);if(t.length===2)return Ye(xe(xe(a,0),0),[t[0],t[1],1,1]);if(t.length===3)return Ye(xe(xe(xe(a,0),0),0),[t[0],t[1],t[2],1,1]);throw new Error(`eye() currently supports only 1D and 2D batchShapes, but received ${t.length}D.`)}const Po=m({eye_:Rh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ch(n){const t={x:d(n,"x","isFinite")};return w.runKernel(jr,t)}const Bh=m({isFinite_:Ch});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ph(n){const t={x:d(n,"x","isInf")};return w.runKernel(Xr,t)}const Oh=m({isInf_:Ph});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Fh(n){const t={x:d(n,"x","isNaN")};return w.runKernel(Jr,t)}const Lh=m({isNaN_:Fh});/**
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
 */function Wh(n,e=.2){const r={x:d(n,"x","leakyRelu")},s={alpha:e};return w.runKernel(Yr,r,s)}const Oo=m({leakyRelu_:Wh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function zh(n,e,t){if(t<=0)throw new Error("The number of values should be positive.");const r={start:n,stop:e,num:t};return w.runKernel(Zr,{},r)}/**
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
 */function qh(n,e=5,t=1,r=1,s=.5){const o=d(n,"x","localResponseNormalization");p(o.rank===4||o.rank===3,()=>`Error in localResponseNormalization: x must be rank 3 or 4 but got
               rank ${o.rank}.`),p(Ma(e),()=>`Error in localResponseNormalization: depthRadius must be an integer but got depthRadius ${e}.`);let a=o,i=!1;o.rank===3&&(i=!0,a=$(o,[1,o.shape[0],o.shape[1],o.shape[2]]));const c={x:a},l={depthRadius:e,bias:t,alpha:r,beta:s},h=w.runKernel(Qr,c,l);return i?$(h,[h.shape[1],h.shape[2],h.shape[3]]):h}const Uh=m({localResponseNormalization_:qh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Gh(n){const t={x:d(n,"x","log1p")};return w.runKernel(es,t)}const Fo=m({log1p_:Gh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Hh(n){return p(ct(n),()=>"The f passed in grad(f) must be a function"),(e,t)=>{const r=d(e,"x","tf.grad","string_or_numeric"),s=t!=null?d(t,"dy","tf.grad"):null;return w.tidy(()=>{const{value:o,grads:a}=w.gradients(()=>n(r),[r],s);return s!=null&&te(o.shape,s.shape,"The shape of dy passed in grad(f)(x, dy) must match the shape returned by f(x)"),Rt(a),a[0]})}}function Kh(n){return p(ct(n),()=>"The f passed in grads(f) must be a function"),(e,t)=>{p(Array.isArray(e),()=>"The args passed in grads(f)(args) must be an array of `Tensor`s or `TensorLike`s");const r=Ht(e,"args","tf.grads","string_or_numeric"),s=t!=null?d(t,"dy","tf.grads"):null;return w.tidy(()=>{const{value:o,grads:a}=w.gradients(()=>n(...r),r,s);return s!=null&&te(o.shape,s.shape,"The shape of dy passed in grads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),Rt(a),a})}}function Vh(n){return p(ct(n),()=>"The f passed in valueAndGrad(f) must be a function"),(e,t)=>{p(e instanceof he,()=>"The x passed in valueAndGrad(f)(x) must be a tensor"),p(t==null||t instanceof he,()=>"The dy passed in valueAndGrad(f)(x, dy) must be a tensor");const{grads:r,value:s}=w.gradients(()=>n(e),[e],t);return Rt(r),{grad:r[0],value:s}}}function jh(n){return p(ct(n),()=>"The f passed in valueAndGrads(f) must be a function"),(e,t)=>{p(Array.isArray(e)&&e.every(s=>s instanceof he),()=>"The args passed in valueAndGrads(f)(args) must be array of tensors"),p(t==null||t instanceof he,()=>"The dy passed in valueAndGrads(f)(args, dy) must be a tensor");const r=w.gradients(()=>n(...e),e,t);return t!=null&&te(r.value.shape,t.shape,"The shape of dy passed in valueAndGrads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),Rt(r.grads),r}}function Lo(n,e){p(ct(n),()=>"The f passed in variableGrads(f) must be a function"),p(e==null||Array.isArray(e)&&e.every(l=>l instanceof ts),()=>"The varList passed in variableGrads(f, varList) must be an array of variables");const t=e!=null;if(!t){e=[];for(const l in w.registeredVariables)e.push(w.registeredVariables[l])}const r=t?e.filter(l=>!l.trainable):null,s=e.length;e=e.filter(l=>l.trainable),p(e.length>0,()=>`variableGrads() expects at least one of the input variables to be trainable, but none of the ${s} variables is trainable.`);const o=!0,{value:a,grads:i}=w.gradients(n,e,null,o);p(i.some(l=>l!=null),()=>"Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize()."),p(a.rank===0,()=>`The f passed in variableGrads(f) must return a scalar, but it returned a rank-${a.rank} tensor`);const c={};return e.forEach((l,h)=>{i[h]!=null&&(c[l.name]=i[h])}),r?.forEach(l=>c[l.name]=null),{value:a,grads:c}}function de(n){return w.customGrad(n)}function Rt(n){if(n.filter(t=>t==null).length>0)throw new Error(`Cannot compute gradient of y=f(x) with respect to x. Make sure that
    the f you passed encloses all operations that lead from x to y.`)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Xh(n){const t={x:d(n,"x","softplus")};return w.runKernel(ns,t)}const Wo=m({softplus_:Xh});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Jh(n){const e=d(n,"x","logSigmoid");return de(r=>({value:ge(Wo(ge(r))),gradFunc:a=>x(a,Ge(ge(r)))}))(e)}const Yh=m({logSigmoid_:Jh});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function Zh(n,e=-1){const t=d(n,"logits","logSoftmax");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Log Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and axis was ${e}`);return de((s,o)=>{const i=Ve(s,e,!0),c=N(s,i),l=N(U(c,"float32"),nt(F(Ie(c),e,!0)));return o([l]),{value:l,gradFunc:(u,f)=>{const[g]=f,b=!0,v=Ie(g);return N(u,x(F(u,e,b),v))}}})(t)}const Qh=m({logSoftmax_:Zh});/**
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
 */function ed(n,e=null,t=!1){const r=d(n,"x","logSumExp"),s=un(e,r.shape),o=Ve(r,s,!0),a=N(r,o),i=Ie(a),c=F(i,s),l=nt(c),h=M($(o,l.shape),l);if(t){const u=it(h.shape,s);return $(h,u)}return h}const zo=m({logSumExp_:ed});/**
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
 */function td(n,e){const t=d(n,"a","logicalOr","bool"),r=d(e,"b","logicalOr","bool");ie(t.shape,r.shape);const s={a:t,b:r};return w.runKernel(rs,s)}const qo=m({logicalOr_:td});/**
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
 */function nd(n,e){const t=d(n,"a","logicalXor","bool"),r=d(e,"b","logicalXor","bool");return ie(t.shape,r.shape),Et(qo(n,e),ss(Et(n,e)))}const rd=m({logicalXor_:nd});/**
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
 */const ft=2147483648;function sd(n,e,t="left"){const r=d(n,"sortedSequence","searchSorted"),s=d(e,"values","searchSorted"),o=r.shape[r.shape.length-1],a=s.shape[s.shape.length-1],i=$(r,[-1,o]),c=$(s,[-1,a]);if(i.rank<2)throw new Error("Sorted input argument must be at least 2-dimensional");if(i.shape[0]!==c.shape[0])throw new Error("Leading dimension of 'sortedSequence' and 'values' must match.");if(j(c.shape)>=ft)throw new Error(`values tensor size must less than ${ft}`);if(i.shape[1]>=ft)throw new Error(`trailing dim_size must less than ${ft} for int32 output type, was ${i.shape[1]}`);const l={sortedSequence:i,values:c},h={side:t};return w.runKernel(os,l,h)}const xn=m({searchSorted_:sd});/**
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
 */function od(n,e){return xn(n,e,"left")}/**
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
 */function ad(n,e,t,r,s){const o=d(n,"x","maxPool"),a=1;let i=o,c=!1;o.rank===3&&(c=!0,i=$(o,[1,o.shape[0],o.shape[1],o.shape[2]])),p(i.rank===4,()=>`Error in maxPool: input must be rank 4 but got rank ${i.rank}.`),p(Me(t,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`),ve("maxPool",r,s);const l={x:i},h={filterSize:e,strides:t,pad:r,dimRoundingMode:s},u=w.runKernel(as,l,h);return c?$(u,[u.shape[1],u.shape[2],u.shape[3]]):u}const Uo=m({maxPool_:ad});/**
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
 */function id(n,e=[1,1,1],t,r,s,o="NDHWC"){const a=d(n,"x","maxPool3d");let i=a,c=!1;a.rank===4&&(c=!0,i=$(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),p(i.rank===5,()=>`Error in maxPool3d: x must be rank 5 but got rank ${i.rank}.`),p(o==="NDHWC",()=>`Error in maxPool3d: Only NDHWC is currently supported, but got dataFormat of ${o}`),ve("maxPool3d",r,s);const l={x:i},h={filterSize:e,strides:t,pad:r,dimRoundingMode:s,dataFormat:o},u=w.runKernel(is,l,h);return c?$(u,[u.shape[1],u.shape[2],u.shape[3],u.shape[4]]):u}const cd=m({maxPool3d_:id});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function ld(n,e,t,r,s=!1){const a={x:d(n,"x","maxPoolWithArgmax")},i={filterSize:e,strides:t,pad:r,includeBatchInIndex:s},c=w.runKernel(cs,a,i);return{result:c[0],indexes:c[1]}}const ud=m({maxPoolWithArgmax_:ld});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */function hd(n,e=null,t=!1){const s={x:d(n,"x","mean")},o={axis:e,keepDims:t};return w.runKernel(ls,s,o)}const At=m({mean_:hd});/**
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
 */function dd(n,e,{indexing:t="xy"}={}){if(t!=="xy"&&t!=="ij")throw new TypeError(`${t} is not a valid third argument to meshgrid`);if(n===void 0)return[];let r=d(n,"x","meshgrid",n instanceof he?n.dtype:"float32");if(e===void 0)return[r];let s=d(e,"y","meshgrid",e instanceof he?e.dtype:"float32");const o=j(r.shape),a=j(s.shape);return t==="xy"?(r=$(r,[1,-1]),s=$(s,[-1,1]),[P(Ue([a,1],r.dtype),r),P(s,Ue([1,o],s.dtype))]):(r=$(r,[-1,1]),s=$(s,[1,-1]),[P(r,Ue([1,a],r.dtype)),P(Ue([o,1],s.dtype),s)])}/**
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
 */function fd(n,e){let t=d(n,"a","minimum"),r=d(e,"b","minimum");[t,r]=ue(t,r),t.dtype==="bool"&&(t=U(t,"int32"),r=U(r,"int32")),ie(t.shape,r.shape);const s={a:t,b:r};return w.runKernel(us,s)}const Mt=m({minimum_:fd});/**
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
 */function pd(n,e,t){p(t==="reflect"||t==="symmetric",()=>`Invalid mode. Mode must be either reflect or symmetric. Got ${t}.`);const r=d(n,"x","mirrorPad");if(r.rank===0)throw new Error("mirrorPad(scalar) is not defined. Pass non-scalar to mirrorPad");p(e.length===r.rank,()=>`Padding doesn't match input. Must be ${r.rank}. Got ${e.length}.`);const s=t==="reflect"?1:0;for(let i=0;i<r.rank;i++)p(e[i].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),p(e[i][0]>=0&&e[i][0]<=r.shape[i]-s&&e[i][1]>=0&&e[i][1]<=r.shape[i]-s,()=>`Padding in dimension ${i} cannot be greater than or equal to ${r.shape[i]-s} or less than 0 for input of shape ${r.shape}`);const o={paddings:e,mode:t},a={x:r};return w.runKernel(hs,a,o)}const gd=m({mirrorPad_:pd});/**
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
 */function md(n,e){let t=d(n,"a","mod"),r=d(e,"b","mod");[t,r]=ue(t,r);const s={a:t,b:r};return w.runKernel(ds,s)}const bd=m({mod_:md});/**
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
 */function wd(n,e=null,t=!1){n=d(n,"x","moments");const r=un(e,n.shape),s=At(n,r,t);let o=s.shape;t||(o=it(s.shape,r));const a=ae(N(U(n,"float32"),$(s,o))),i=At(a,r,t);return{mean:s,variance:i}}const yd=m({moments_:wd});function vd(n,e,t,r){const s=d(e,"data","multiRNNCell"),o=Ht(t,"c","multiRNNCell"),a=Ht(r,"h","multiRNNCell");let i=s;const c=[];for(let u=0;u<n.length;u++){const f=n[u](i,o[u],a[u]);c.push(f[0]),c.push(f[1]),i=f[1]}const l=[],h=[];for(let u=0;u<c.length;u+=2)l.push(c[u]),h.push(c[u+1]);return[l,h]}const $d=m({multiRNNCell_:vd});/**
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
 */function xd(n,e,t,r=!1){const s=d(n,"logits","multinomial"),o=s.size,a=s.rank;if(o<2)throw new Error(`Error in multinomial: you need at least 2 outcomes, but got ${o}.`);if(a>2)throw new Error(`Rank of probabilities must be 1 or 2, but is ${a}`);t=t||Math.random();const c={logits:a===1?$(s,[1,-1]):s},l={numSamples:e,seed:t,normalized:r},h=w.runKernel(fs,c,l);return a===1?$(h,[h.size]):h}const Ed=m({multinomial_:xd});/**
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
 */function Sd(n,e){let t=d(n,"a","notEqual","string_or_numeric"),r=d(e,"b","notEqual","string_or_numeric");[t,r]=ue(t,r),ie(t.shape,r.shape);const s={a:t,b:r};return w.runKernel(ps,s)}const Go=m({notEqual_:Sd});/**
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
 */function kd(n,e,t=1,r=0,s="int32"){if(e<2)throw new Error(`Error in oneHot: depth must be >=2, but it is ${e}`);const a={indices:d(n,"indices","oneHot","int32")},i={dtype:s,depth:e,onValue:t,offValue:r};return w.runKernel(gs,a,i)}const on=m({oneHot_:kd});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ad(n){const t={x:d(n,"x","onesLike")};return w.runKernel(ms,t)}const Md=m({onesLike_:Ad});function Td(n,e){const t=d(n,"v1","outerProduct"),r=d(e,"v2","outerProduct");p(t.rank===1&&r.rank===1,()=>`Error in outerProduct: inputs must be rank 1, but got ranks ${t.rank} and ${r.rank}.`);const s=$(t,[-1,1]),o=$(r,[1,-1]);return P(s,o)}const _d=m({outerProduct_:Td});function Nd(n,e,t=0){return p(e.length===2,()=>"Invalid number of paddings. Must be length of 2."),lt(n,[e],t)}const Dd=m({pad1d_:Nd});function Id(n,e,t=0){return p(e.length===2&&e[0].length===2&&e[1].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),lt(n,e,t)}const Rd=m({pad2d_:Id});function Cd(n,e,t=0){return p(e.length===3&&e[0].length===2&&e[1].length===2&&e[2].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),lt(n,e,t)}const Bd=m({pad3d_:Cd});function Pd(n,e,t=0){return p(e.length===4&&e[0].length===2&&e[1].length===2&&e[2].length===2&&e[3].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),lt(n,e,t)}const Od=m({pad4d_:Pd});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Fd(n,e,t,r,s,o,a){s==null&&(s=[1,1]),o==null&&(o=1),r===0&&(r="valid");const i=d(n,"x","maxPool");let c=i,l=!1;i.rank===3&&(l=!0,c=$(i,[1,i.shape[0],i.shape[1],i.shape[2]])),p(Me(o,s),()=>`Error in pool: Either strides or dilations must be 1. Got strides ${o} and dilations '${s}'`);const h=bs(c.shape,e,o,s,r),u=[h.dilationHeight,h.dilationWidth];let f;r==="same"?f=Wd([h.filterHeight,h.filterWidth],u):f=[[0,0],[0,0]];const g=u[0]===1&&u[1]===1,[b,v]=Ld([h.inHeight,h.inWidth],u,f),y=g?r:"valid",E=g?c:ws(c,u,b),R=(t==="avg"?()=>Io(E,e,o,y,a):()=>Uo(E,e,o,y,a))(),S=g?R:ys(R,u,v);return l?$(S,[S.shape[1],S.shape[2],S.shape[3]]):S}function Ld(n,e,t){const r=t.map(h=>h[0]),s=t.map(h=>h[1]),o=n.concat(r,s),a=e.map((h,u)=>(h-o[u]%h)%h),i=s.map((h,u)=>h+a[u]),c=e.map((h,u)=>[r[u],i[u]]),l=e.map((h,u)=>[0,a[u]]);return[c,l]}function Wd(n,e){const r=n.map((a,i)=>a+(a-1)*(e[i]-1)).map(a=>a-1),s=r.map(a=>Math.floor(a/2)),o=r.map((a,i)=>a-s[i]);return r.map((a,i)=>[s[i],o[i]])}const zd=m({pool_:Fd});/**
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
 */function qd(n,e){const t=d(n,"x","prelu"),r=d(e,"alpha","prelu"),s={x:t,alpha:r};return w.runKernel(vs,s)}const Ho=m({prelu_:qd});/**
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
 */function Ud(n,e=null,t=!1){let r=d(n,"x","prod");r.dtype==="bool"&&(r=U(r,"int32"));const s={x:r},o={axis:e,keepDims:t};return w.runKernel($s,s,o)}const Gd=m({prod_:Ud});/**
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
 */function Hd(n,e,t,r){const s=n.map((h,u)=>d(h,`tensors${u}`,"raggedGather","int32")),o=d(e,"paramsDenseValues","raggedGather"),a=d(t,"indices","raggedGather","int32"),i={paramsNestedSplits:s,paramsDenseValues:o,indices:a},c={outputRaggedRank:r},l=w.runKernel(xs,i,c);return{outputNestedSplits:l.slice(0,l.length-1),outputDenseValues:l[l.length-1]}}const Kd=m({raggedGather_:Hd});/**
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
 */function Vd(n,e,t){const r=d(n,"starts","raggedRange"),s=d(e,"limits","raggedRange",r.dtype),o=d(t,"deltas","raggedRange",r.dtype),a={starts:r,limits:s,deltas:o},i=w.runKernel(Es,a);return{rtNestedSplits:i[0],rtDenseValues:i[1]}}const jd=m({raggedRange_:Vd});/**
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
 */function Xd(n,e,t,r,s){const o=d(n,"shape","raggedTensorToTensor","int32"),a=d(e,"values","raggedTensorToTensor"),i=d(t,"defaultValue","raggedTensorToTensor",a.dtype),c=r.map((u,f)=>d(u,`tensors${f}`,"raggedTensorToTensor","int32")),l={shape:o,values:a,defaultValue:i,rowPartitionTensors:c},h={rowPartitionTypes:s};return w.runKernel(Ss,l,h)}const Jd=m({raggedTensorToTensor_:Xd});/**
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
 */function Yd(n,e,t){ye(n);const r=j(n);let s=null;if(t==null||t==="float32")s=new Float32Array(r);else if(t==="int32")s=new Int32Array(r);else if(t==="bool")s=new Uint8Array(r);else throw new Error(`Unknown data type ${t}`);for(let o=0;o<r;o++)s[o]=e();return w.makeTensor(s,n,t)}const Zd=m({rand_:Yd});var gt={exports:{}},Qd=gt.exports,Vn;function ef(){return Vn||(Vn=1,(function(n){(function(e,t,r){function s(c){var l=this,h=i();l.next=function(){var u=2091639*l.s0+l.c*23283064365386963e-26;return l.s0=l.s1,l.s1=l.s2,l.s2=u-(l.c=u|0)},l.c=1,l.s0=h(" "),l.s1=h(" "),l.s2=h(" "),l.s0-=h(c),l.s0<0&&(l.s0+=1),l.s1-=h(c),l.s1<0&&(l.s1+=1),l.s2-=h(c),l.s2<0&&(l.s2+=1),h=null}function o(c,l){return l.c=c.c,l.s0=c.s0,l.s1=c.s1,l.s2=c.s2,l}function a(c,l){var h=new s(c),u=l&&l.state,f=h.next;return f.int32=function(){return h.next()*4294967296|0},f.double=function(){return f()+(f()*2097152|0)*11102230246251565e-32},f.quick=f,u&&(typeof u=="object"&&o(u,h),f.state=function(){return o(h,{})}),f}function i(){var c=4022871197,l=function(h){h=String(h);for(var u=0;u<h.length;u++){c+=h.charCodeAt(u);var f=.02519603282416938*c;c=f>>>0,f-=c,f*=c,c=f>>>0,f-=c,c+=f*4294967296}return(c>>>0)*23283064365386963e-26};return l}t&&t.exports?t.exports=a:this.alea=a})(Qd,n)})(gt)),gt.exports}var mt={exports:{}},tf=mt.exports,jn;function nf(){return jn||(jn=1,(function(n){(function(e,t,r){function s(i){var c=this,l="";c.x=0,c.y=0,c.z=0,c.w=0,c.next=function(){var u=c.x^c.x<<11;return c.x=c.y,c.y=c.z,c.z=c.w,c.w^=c.w>>>19^u^u>>>8},i===(i|0)?c.x=i:l+=i;for(var h=0;h<l.length+64;h++)c.x^=l.charCodeAt(h)|0,c.next()}function o(i,c){return c.x=i.x,c.y=i.y,c.z=i.z,c.w=i.w,c}function a(i,c){var l=new s(i),h=c&&c.state,u=function(){return(l.next()>>>0)/4294967296};return u.double=function(){do var f=l.next()>>>11,g=(l.next()>>>0)/4294967296,b=(f+g)/(1<<21);while(b===0);return b},u.int32=l.next,u.quick=u,h&&(typeof h=="object"&&o(h,l),u.state=function(){return o(l,{})}),u}t&&t.exports?t.exports=a:this.xor128=a})(tf,n)})(mt)),mt.exports}var bt={exports:{}},rf=bt.exports,Xn;function sf(){return Xn||(Xn=1,(function(n){(function(e,t,r){function s(i){var c=this,l="";c.next=function(){var u=c.x^c.x>>>2;return c.x=c.y,c.y=c.z,c.z=c.w,c.w=c.v,(c.d=c.d+362437|0)+(c.v=c.v^c.v<<4^(u^u<<1))|0},c.x=0,c.y=0,c.z=0,c.w=0,c.v=0,i===(i|0)?c.x=i:l+=i;for(var h=0;h<l.length+64;h++)c.x^=l.charCodeAt(h)|0,h==l.length&&(c.d=c.x<<10^c.x>>>4),c.next()}function o(i,c){return c.x=i.x,c.y=i.y,c.z=i.z,c.w=i.w,c.v=i.v,c.d=i.d,c}function a(i,c){var l=new s(i),h=c&&c.state,u=function(){return(l.next()>>>0)/4294967296};return u.double=function(){do var f=l.next()>>>11,g=(l.next()>>>0)/4294967296,b=(f+g)/(1<<21);while(b===0);return b},u.int32=l.next,u.quick=u,h&&(typeof h=="object"&&o(h,l),u.state=function(){return o(l,{})}),u}t&&t.exports?t.exports=a:this.xorwow=a})(rf,n)})(bt)),bt.exports}var wt={exports:{}},of=wt.exports,Jn;function af(){return Jn||(Jn=1,(function(n){(function(e,t,r){function s(i){var c=this;c.next=function(){var h=c.x,u=c.i,f,g;return f=h[u],f^=f>>>7,g=f^f<<24,f=h[u+1&7],g^=f^f>>>10,f=h[u+3&7],g^=f^f>>>3,f=h[u+4&7],g^=f^f<<7,f=h[u+7&7],f=f^f<<13,g^=f^f<<9,h[u]=g,c.i=u+1&7,g};function l(h,u){var f,g=[];if(u===(u|0))g[0]=u;else for(u=""+u,f=0;f<u.length;++f)g[f&7]=g[f&7]<<15^u.charCodeAt(f)+g[f+1&7]<<13;for(;g.length<8;)g.push(0);for(f=0;f<8&&g[f]===0;++f);for(f==8?g[7]=-1:g[f],h.x=g,h.i=0,f=256;f>0;--f)h.next()}l(c,i)}function o(i,c){return c.x=i.x.slice(),c.i=i.i,c}function a(i,c){i==null&&(i=+new Date);var l=new s(i),h=c&&c.state,u=function(){return(l.next()>>>0)/4294967296};return u.double=function(){do var f=l.next()>>>11,g=(l.next()>>>0)/4294967296,b=(f+g)/(1<<21);while(b===0);return b},u.int32=l.next,u.quick=u,h&&(h.x&&o(h,l),u.state=function(){return o(l,{})}),u}t&&t.exports?t.exports=a:this.xorshift7=a})(of,n)})(wt)),wt.exports}var yt={exports:{}},cf=yt.exports,Yn;function lf(){return Yn||(Yn=1,(function(n){(function(e,t,r){function s(i){var c=this;c.next=function(){var h=c.w,u=c.X,f=c.i,g,b;return c.w=h=h+1640531527|0,b=u[f+34&127],g=u[f=f+1&127],b^=b<<13,g^=g<<17,b^=b>>>15,g^=g>>>12,b=u[f]=b^g,c.i=f,b+(h^h>>>16)|0};function l(h,u){var f,g,b,v,y,E=[],I=128;for(u===(u|0)?(g=u,u=null):(u=u+"\0",g=0,I=Math.max(I,u.length)),b=0,v=-32;v<I;++v)u&&(g^=u.charCodeAt((v+32)%u.length)),v===0&&(y=g),g^=g<<10,g^=g>>>15,g^=g<<4,g^=g>>>13,v>=0&&(y=y+1640531527|0,f=E[v&127]^=g+y,b=f==0?b+1:0);for(b>=128&&(E[(u&&u.length||0)&127]=-1),b=127,v=512;v>0;--v)g=E[b+34&127],f=E[b=b+1&127],g^=g<<13,f^=f<<17,g^=g>>>15,f^=f>>>12,E[b]=g^f;h.w=y,h.X=E,h.i=b}l(c,i)}function o(i,c){return c.i=i.i,c.w=i.w,c.X=i.X.slice(),c}function a(i,c){i==null&&(i=+new Date);var l=new s(i),h=c&&c.state,u=function(){return(l.next()>>>0)/4294967296};return u.double=function(){do var f=l.next()>>>11,g=(l.next()>>>0)/4294967296,b=(f+g)/(1<<21);while(b===0);return b},u.int32=l.next,u.quick=u,h&&(h.X&&o(h,l),u.state=function(){return o(l,{})}),u}t&&t.exports?t.exports=a:this.xor4096=a})(cf,n)})(yt)),yt.exports}var vt={exports:{}},uf=vt.exports,Zn;function hf(){return Zn||(Zn=1,(function(n){(function(e,t,r){function s(i){var c=this,l="";c.next=function(){var u=c.b,f=c.c,g=c.d,b=c.a;return u=u<<25^u>>>7^f,f=f-g|0,g=g<<24^g>>>8^b,b=b-u|0,c.b=u=u<<20^u>>>12^f,c.c=f=f-g|0,c.d=g<<16^f>>>16^b,c.a=b-u|0},c.a=0,c.b=0,c.c=-1640531527,c.d=1367130551,i===Math.floor(i)?(c.a=i/4294967296|0,c.b=i|0):l+=i;for(var h=0;h<l.length+20;h++)c.b^=l.charCodeAt(h)|0,c.next()}function o(i,c){return c.a=i.a,c.b=i.b,c.c=i.c,c.d=i.d,c}function a(i,c){var l=new s(i),h=c&&c.state,u=function(){return(l.next()>>>0)/4294967296};return u.double=function(){do var f=l.next()>>>11,g=(l.next()>>>0)/4294967296,b=(f+g)/(1<<21);while(b===0);return b},u.int32=l.next,u.quick=u,h&&(typeof h=="object"&&o(h,l),u.state=function(){return o(l,{})}),u}t&&t.exports?t.exports=a:this.tychei=a})(uf,n)})(vt)),vt.exports}var $t={exports:{}},df={},ff=Object.freeze({__proto__:null,default:df}),pf=Ta(ff),gf=$t.exports,Qn;function mf(){return Qn||(Qn=1,(function(n){(function(e,t,r){var s=256,o=6,a=52,i="random",c=r.pow(s,o),l=r.pow(2,a),h=l*2,u=s-1,f;function g(S,A,k){var _=[];A=A==!0?{entropy:!0}:A||{};var T=E(y(A.entropy?[S,R(t)]:S??I(),3),_),D=new b(_),C=function(){for(var B=D.g(o),G=c,z=0;B<l;)B=(B+z)*s,G*=s,z=D.g(1);for(;B>=h;)B/=2,G/=2,z>>>=1;return(B+z)/G};return C.int32=function(){return D.g(4)|0},C.quick=function(){return D.g(4)/4294967296},C.double=C,E(R(D.S),t),(A.pass||k||function(B,G,z,K){return K&&(K.S&&v(K,D),B.state=function(){return v(D,{})}),z?(r[i]=B,G):B})(C,T,"global"in A?A.global:this==r,A.state)}function b(S){var A,k=S.length,_=this,T=0,D=_.i=_.j=0,C=_.S=[];for(k||(S=[k++]);T<s;)C[T]=T++;for(T=0;T<s;T++)C[T]=C[D=u&D+S[T%k]+(A=C[T])],C[D]=A;(_.g=function(B){for(var G,z=0,K=_.i,Y=_.j,se=_.S;B--;)G=se[K=u&K+1],z=z*s+se[u&(se[K]=se[Y=u&Y+G])+(se[Y]=G)];return _.i=K,_.j=Y,z})(s)}function v(S,A){return A.i=S.i,A.j=S.j,A.S=S.S.slice(),A}function y(S,A){var k=[],_=typeof S,T;if(A&&_=="object")for(T in S)try{k.push(y(S[T],A-1))}catch{}return k.length?k:_=="string"?S:S+"\0"}function E(S,A){for(var k=S+"",_,T=0;T<k.length;)A[u&T]=u&(_^=A[u&T]*19)+k.charCodeAt(T++);return R(A)}function I(){try{var S;return f&&(S=f.randomBytes)?S=S(s):(S=new Uint8Array(s),(e.crypto||e.msCrypto).getRandomValues(S)),R(S)}catch{var A=e.navigator,k=A&&A.plugins;return[+new Date,e,k,e.screen,R(t)]}}function R(S){return String.fromCharCode.apply(0,S)}if(E(r.random(),t),n.exports){n.exports=g;try{f=pf}catch{}}else r["seed"+i]=g})(typeof self<"u"?self:gf,[],Math)})($t)),$t.exports}var qt,er;function bf(){if(er)return qt;er=1;var n=ef(),e=nf(),t=sf(),r=af(),s=lf(),o=hf(),a=mf();return a.alea=n,a.xor128=e,a.xorwow=t,a.xorshift7=r,a.xor4096=s,a.tychei=o,qt=a,qt}var En=bf();/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */const wf=.001,Ko=.1;function yf(n,e,t){return t==null&&(t=Sn()),an(n,e,(r,s)=>kn(r,s,t))}function Sn(){return w.backend.floatPrecision()===32?wf:Ko}function an(n,e,t){let r=!0;if((Ne(n)||Ne(e))&&(r=!1),Ne(n)&&Ne(e)&&(r=!0),r){const a=n.constructor.name,i=e.constructor.name;if(a!==i)throw new Error(`Arrays are of different type. Actual: ${a}. Expected: ${i}`)}if(Array.isArray(n)&&Array.isArray(e)){const a=me(n),i=me(e);if(!at(a,i))throw new Error(`Arrays have different shapes. Actual: [${a}]. Expected: [${i}]`)}const s=Ne(n)?n:Un(n),o=Ne(e)?e:Un(e);if(s.length!==o.length)throw new Error(`Arrays have different lengths actual: ${s.length} vs expected: ${o.length}.
Actual:   ${s}.
Expected: ${o}.`);for(let a=0;a<o.length;++a){const i=s[a],c=o[a];if(!t(i,c))throw new Error(`Arrays differ: actual[${a}] = ${i}, expected[${a}] = ${c}.
Actual:   ${s}.
Expected: ${o}.`)}typeof expect<"u"&&expect().nothing()}function vf(n,e){n().then(()=>e.fail(),()=>e()),typeof expect<"u"&&expect().nothing()}function $f(n,e){const t=typeof e=="string"||typeof e=="number"||typeof e=="boolean"?[e]:e;return dt(n)||dt(n[0])||dt(e)||dt(e[0])?an(n,t,(r,s)=>r==s):an(n,e,(r,s)=>kn(r,s,0))}function xf(n,e,t){if(t==null&&(t=Sn()),!kn(n,e,t))throw new Error(`Numbers differ: actual === ${n}, expected === ${e}`);typeof expect<"u"&&expect().nothing()}function kn(n,e,t){return!isFinite(n)&&!isFinite(e)?!0:!(isNaN(n)||isNaN(e)||Math.abs(n-e)>t)}function Ef(n,e,t){for(let r=0;r<n.length;r++)if(n[r]<e||n[r]>t)throw new Error(`Value out of range:${n[r]} low: ${e}, high: ${t}`)}function Sf(n,e){const t=new Float32Array(n),r=new Float32Array(e);if(t.length!==r.length)throw new Error(`Expected ArrayBuffer to be of length ${r.length}, but it was ${t.length}`);for(let s=0;s<r.length;s++)if(t[s]!==r[s])throw new Error(`Expected ArrayBuffer value at ${s} to be ${r[s]} but got ${t[s]} instead`)}function Vo(n){for(let e=0;e<n.length;e++){const t=n[e];Array.isArray(t)?Vo(t):n[e]=ks(t)}return n}function kf(n){const e=document.createElement("video");return"playsInline"in e&&(e.playsInline=!0),e.muted=!0,e.loop=!0,e.style.position="fixed",e.style.left="0px",e.style.top="0px",e.preload="auto",e.appendChild(n),new Promise(t=>{e.addEventListener("loadeddata",r=>t(e)),e.load()})}async function Af(n){await n.play(),"requestVideoFrameCallback"in n&&await new Promise(e=>{n.requestVideoFrameCallback(e)})}var Mf=Object.freeze({__proto__:null,TEST_EPSILON_FLOAT16:Ko,createVideoElement:kf,encodeStrings:Vo,expectArrayBuffersEqual:Sf,expectArraysClose:yf,expectArraysEqual:$f,expectNumbersClose:xf,expectPromiseToFail:vf,expectValuesInRange:Ef,play:Af,testEpsilon:Sn});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class An{constructor(e,t,r,s,o){this.mean=e,this.stdDev=t,this.dtype=r,this.nextVal=NaN,this.truncated=s,this.truncated&&(this.upper=this.mean+this.stdDev*2,this.lower=this.mean-this.stdDev*2);const a=o||Math.random();this.random=En.alea(a.toString())}nextValue(){if(!isNaN(this.nextVal)){const s=this.nextVal;return this.nextVal=NaN,s}let e,t,r=!1;for(;!r;){let s,o,a;do s=2*this.random()-1,o=2*this.random()-1,a=s*s+o*o;while(a>=1||a===0);const i=Math.sqrt(-2*Math.log(a)/a);e=this.mean+this.stdDev*s*i,t=this.mean+this.stdDev*o*i,(!this.truncated||this.isValidTruncated(e))&&(r=!0)}return(!this.truncated||this.isValidTruncated(t))&&(this.nextVal=this.convertValue(t)),this.convertValue(e)}convertValue(e){return this.dtype==null||this.dtype==="float32"?e:Math.round(e)}isValidTruncated(e){return e<=this.upper&&e>=this.lower}}class Tf{constructor(e,t,r,s){this.alpha=e,this.beta=1/t,this.dtype=r;const o=s||Math.random();this.randu=En.alea(o.toString()),this.randn=new An(0,1,r,!1,this.randu()),e<1?this.d=e+2/3:this.d=e-1/3,this.c=1/Math.sqrt(9*this.d)}nextValue(){let e,t,r,s,o,a;for(;;){do s=this.randn.nextValue(),a=1+this.c*s;while(a<=0);if(a*=a*a,e=s*s,t=1-.331*e*e,r=.5*e+this.d*(1-a+Math.log(a)),o=this.randu(),o<t||Math.log(o)<r)break}return a=1/this.beta*this.d*a,this.alpha<1&&(a*=Math.pow(this.randu(),1/this.alpha)),this.convertValue(a)}convertValue(e){return this.dtype==="float32"?e:Math.round(e)}}class _f{constructor(e=0,t=1,r,s){if(this.canReturnFloat=()=>this.dtype==null||this.dtype==="float32",this.min=e,this.range=t-e,this.dtype=r,s==null&&(s=Math.random()),typeof s=="number"&&(s=s.toString()),!this.canReturnFloat()&&this.range<=1)throw new Error(`The difference between ${e} - ${t} <= 1 and dtype is not float`);this.random=En.alea(s)}convertValue(e){return this.canReturnFloat()?e:Math.round(e)}nextValue(){return this.convertValue(this.min+this.range*this.random())}}/**
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
 */function Nf(n,e,t=1,r="float32",s){if(ye(n),t==null&&(t=1),r==null&&(r="float32"),r!=="float32"&&r!=="int32")throw new Error(`Unsupported data type ${r}`);const o=new Tf(e,t,r,s),a=we(n,r);for(let i=0;i<a.values.length;i++)a.values[i]=o.nextValue();return a.toTensor()}const Df=m({randomGamma_:Nf});/**
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
 */function If(n,e=0,t=1,r,s){if(ye(n),r!=null&&r==="bool")throw new Error(`Unsupported data type ${r}`);const o=new An(e,t,r,!1,s),a=we(n,r);for(let i=0;i<a.values.length;i++)a.values[i]=o.nextValue();return a.toTensor()}const jo=m({randomNormal_:If});/**
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
 */function Rf(n,e,t){if(e!=null&&e==="bool")throw new Error(`Unsupported data type ${e}`);return jo(n,0,1,e,t)}const Cf=m({randomStandardNormal_:Rf});/**
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
 */function Bf(n,e=0,t=1,r="float32",s){ye(n);const o=we(n,r),a=new _f(e,t,null,s);for(let i=0;i<o.values.length;i++)o.values[i]=a.nextValue();return o.toTensor()}const Mn=m({randomUniform_:Bf});/**
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
 */function Pf(n,e,t,r){return Mn(n,e,t,"int32",r)}const Of=m({randomUniformInt_:Pf});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function ot(n,e,t=1,r="float32"){if(t===0)throw new Error("Cannot have a step of zero");const s={start:n,stop:e,step:t,dtype:r};return w.runKernel(As,{},s)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ff(n){const t={x:d(n,"x","reciprocal")};return w.runKernel(Ms,t)}const Lf=m({reciprocal_:Ff});/**
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
 */function Wf(n){const t={x:d(n,"x","relu")};return w.runKernel(Ts,t)}const Ct=m({relu_:Wf});/**
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
 */function zf(n){const t={x:d(n,"x","relu6")};return w.runKernel(_s,t)}const Xo=m({relu6_:zf});/**
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
 */function qf(n){const e=d(n,"x","reverse");return p(e.rank===1,()=>`Error in reverse1D: x must be rank 1 but got rank ${e.rank}.`),Re(e,0)}const Uf=m({reverse1d_:qf});/**
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
 */function Gf(n,e){const t=d(n,"x","reverse");return p(t.rank===2,()=>`Error in reverse2D: x must be rank 2 but got rank ${t.rank}.`),Re(t,e)}const Hf=m({reverse2d_:Gf});/**
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
 */function Kf(n,e){const t=d(n,"x","reverse");return p(t.rank===3,()=>`Error in reverse3D: x must be rank 3 but got rank ${t.rank}.`),Re(t,e)}const Vf=m({reverse3d_:Kf});/**
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
 */function jf(n,e){const t=d(n,"x","reverse");return p(t.rank===4,()=>`Error in reverse4D: x must be rank 4 but got rank ${t.rank}.`),Re(t,e)}const Xf=m({reverse4d_:jf});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Jf(n){const t={x:d(n,"x","round")};return w.runKernel(Ns,t)}const Jo=m({round_:Jf});/**
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
 */function Yf(n){const t={x:d(n,"x","selu")};return w.runKernel(Ds,t)}const Zf=m({selu_:Yf});function Qf(n,e,t,r,s,o=[1,1],a="NHWC"){const i=d(n,"x","separableConv2d"),c=d(e,"depthwiseFilter","separableConv2d"),l=d(t,"pointwiseFilter","separableConv2d");let h=i,u=!1;if(i.rank===3&&(u=!0,h=$(i,[1,i.shape[0],i.shape[1],i.shape[2]])),a==="NCHW")throw new Error("separableConv2d currently does not support dataFormat NCHW; only NHWC is supported");p(h.rank===4,()=>`Error in separableConv2d: input must be rank 4, but got rank ${h.rank}.`),p(c.rank===4,()=>`Error in separableConv2d: depthwise filter must be rank 4, but got rank ${c.rank}.`),p(l.rank===4,()=>`Error in separableConv2d: pointwise filter must be rank 4, but got rank ${c.rank}.`),p(l.shape[0]===1,()=>`Error in separableConv2d: the first dimension of pointwise filter  must be 1, but got ${l.shape[0]}.`),p(l.shape[1]===1,()=>`Error in separableConv2d: the second dimension of pointwise filter must be 1, but got ${l.shape[1]}.`);const f=c.shape[2],g=c.shape[3];p(l.shape[2]===f*g,()=>`Error in separableConv2d: the third dimension of pointwise filter must be ${f*g}, but got ${l.shape[2]}.`);const b=$n(h,c,r,s,a,o),y=_t(b,l,1,"valid",a);return u?$(y,[y.shape[1],y.shape[2],y.shape[3]]):y}const ep=m({separableConv2d_:Qf});/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
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
 */async function tp(n,e){const t=d(n,"x","setdiff1d"),r=d(e,"y","setdiff1d");p(t.dtype===r.dtype,()=>`x and y should have the same dtype, but got x (${t.dtype}) and y (${r.dtype}).`),p(t.rank===1,()=>`x should be 1D tensor, but got x (${t.shape}).`),p(r.rank===1,()=>`y should be 1D tensor, but got y (${r.shape}).`);const s=await t.data(),o=await r.data(),a=new Set(o);let i=0;for(let h=0;h<s.length;h++)a.has(s[h])||i++;const c=new xt([i],t.dtype),l=new xt([i],"int32");for(let h=0,u=0;h<s.length;h++)a.has(s[h])||(c.values[u]=s[h],l.values[u]=h,u++);return[c.toTensor(),l.toTensor()]}const np=tp;/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function rp(n){const t={x:d(n,"x","sign")};return w.runKernel(Is,t)}const sp=m({sign_:rp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function op(n,e,t){const r=d(n,"x","slice1d");return p(r.rank===1,()=>`slice1d expects a rank-1 tensor, but got a rank-${r.rank} tensor`),W(r,[e],[t])}const ap=m({slice1d_:op});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function ip(n,e,t){const r=d(n,"x","slice2d");return p(r.rank===2,()=>`slice2d expects a rank-2 tensor, but got a rank-${r.rank} tensor`),W(r,e,t)}const cp=m({slice2d_:ip});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function lp(n,e,t){const r=d(n,"x","slice3d");return p(r.rank===3,()=>`slice3d expects a rank-3 tensor, but got a rank-${r.rank} tensor`),W(r,e,t)}const up=m({slice3d_:lp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function hp(n,e,t){const r=d(n,"x","slice4d");return p(r.rank===4,()=>`slice4d expects a rank-4 tensor, but got a rank-${r.rank} tensor`),W(r,e,t)}const dp=m({slice4d_:hp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function fp(n,e=-1){const t=d(n,"logits","softmax","float32");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and dim was ${e}`);const r={logits:t},s={dim:e};return w.runKernel(Rs,r,s)}const pp=m({softmax_:fp});/**
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
 */function gp(n){p(n.dtype==="complex64",()=>`The dtype for tf.spectral.fft() must be complex64 but got ${n.dtype}.`);const e={input:n};return w.runKernel(Cs,e)}const Tn=m({fft_:gp});/**
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
 */function mp(n){p(n.dtype==="complex64",()=>`The dtype for tf.spectral.ifft() must be complex64 but got ${n.dtype}.`);const e={input:n};return w.runKernel(Bs,e)}const Tt=m({ifft_:mp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function bp(n){const e=n.shape[n.shape.length-1],t=n.size/e;let r;if(e<=2){const s=$(n,[t,e]);r=Tt(s)}else{const s=[t,2*(e-1)],o=$(St(n),[t,e]),a=$(hn(n),[t,e]),i=Re(W(o,[0,1],[t,e-2]),1),c=x(Re(W(a,[0,1],[t,e-2]),1),O(-1)),l=ee([o,i],1),h=ee([a,c],1),u=$(Qe(l,h),[s[0],s[1]]);r=Tt(u)}if(r=St(r),n.rank===3&&n.shape[0]!==0){const s=r,o=n.shape[0];r=$(r,[o,r.shape[0]/o,r.shape[1]]),s.dispose()}return r}const Yo=m({irfft_:bp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function wp(n,e){p(n.dtype==="float32",()=>`The dtype for rfft() must be real value but got ${n.dtype}`);let t=n.shape[n.shape.length-1];const r=n.size/t;let s;if(e!=null&&e<t){const b=n.shape.map(y=>0),v=n.shape.map(y=>y);v[n.shape.length-1]=e,s=W(n,b,v),t=e}else if(e!=null&&e>t){const b=n.shape.map(v=>v);b[n.shape.length-1]=e-t,s=ee([n,dn(b)],n.shape.length-1),t=e}else s=n;const o=re(s),a=$(Qe(s,o),[r,t]),i=Tn(a),c=Math.floor(t/2)+1,l=St(i),h=hn(i),u=rt(l,[c,t-c],l.shape.length-1),f=rt(h,[c,t-c],h.shape.length-1),g=s.shape.slice();return g[s.shape.length-1]=c,$(Qe(u[0],f[0]),g)}const _n=m({rfft_:wp});/**
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
 */function yp(n,e){let t=d(n,"a","squaredDifference"),r=d(e,"b","squaredDifference");[t,r]=ue(t,r),ie(t.shape,r.shape);const s={a:t,b:r},o={};return w.runKernel(Ps,s,o)}const Zo=m({squaredDifference_:yp});/**
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
 */function vp(n,e){const t=d(n,"x","squeeze","string_or_numeric");return $(t,_a(t.shape,e).newShape)}const Nn=m({squeeze_:vp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function $p(n,e,t,r,s=0,o=0,a=0,i=0,c=0){const h={x:d(n,"x","stridedSlice","string_or_numeric")},u={begin:e,end:t,strides:r,beginMask:s,endMask:o,ellipsisMask:a,newAxisMask:i,shrinkAxisMask:c};return w.runKernel(Os,h,u)}const xp=m({stridedSlice_:$p});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ep(n){const t={x:d(n,"x","tan","float32")};return w.runKernel(Fs,t)}const Sp=m({tan_:Ep});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function oe(n,e){je(n);const t=me(n,e);if(t.length!==1)throw new Error("tensor1d() requires values to be a flat/TypedArray");return Fe(n,null,t,e)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ze(n,e,t){if(je(n),e!=null&&e.length!==2)throw new Error("tensor2d() requires shape to have two numbers");const r=me(n,t);if(r.length!==2&&r.length!==1)throw new Error("tensor2d() requires values to be number[][] or flat/TypedArray");if(r.length===1&&e==null)throw new Error("tensor2d() requires shape to be provided when `values` are a flat/TypedArray");return Fe(n,e,r,t)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Qo(n,e,t){if(je(n),e!=null&&e.length!==3)throw new Error("tensor3d() requires shape to have three numbers");const r=me(n,t);if(r.length!==3&&r.length!==1)throw new Error("tensor3d() requires values to be number[][][] or flat/TypedArray");if(r.length===1&&e==null)throw new Error("tensor3d() requires shape to be provided when `values` are a flat array");return Fe(n,e,r,t)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function kp(n,e,t){if(je(n),e!=null&&e.length!==4)throw new Error("tensor4d() requires shape to have four numbers");const r=me(n,t);if(r.length!==4&&r.length!==1)throw new Error("tensor4d() requires values to be number[][][][] or flat/TypedArray");if(r.length===1&&e==null)throw new Error("tensor4d() requires shape to be provided when `values` are a flat array");return Fe(n,e,r,t)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Ap(n,e,t){if(je(n),e!=null&&e.length!==5)throw new Error("tensor5d() requires shape to have five numbers");const r=me(n,t);if(r.length!==5&&r.length!==1)throw new Error("tensor5d() requires values to be number[][][][][] or flat/TypedArray");if(r.length===1&&e==null)throw new Error("tensor5d() requires shape to be provided when `values` are a flat array");return Fe(n,e,r,t)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Mp(n,e,t){if(je(n),e!=null&&e.length!==6)throw new Error("tensor6d() requires shape to have six numbers");const r=me(n,t);if(r.length!==6&&r.length!==1)throw new Error("tensor6d() requires values to be number[][][][][][] or flat/TypedArray");if(r.length===1&&e==null)throw new Error("tensor6d() requires shape to be provided when `values` are a flat array");return e=e||r,Fe(n,e,r,t)}function Dn(n,e,t){const r=e.rank>1?e.shape[e.rank-1]:1,s=e.rank>1?e.rank-1:1,o=`Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${t.shape}, indices.shape: ${e.shape}, shape: ${n}, sliceDim: ${r}, and batchDim: ${s}.`;if(t.rank<s)throw new Error(o+` update.rank < ${s}. `);if(n.length<r+(t.rank-s))throw new Error(o+` Output shape length < ${r+(t.rank-s)}`);if(t.rank!==s+n.length-r)throw new Error(o+` update.rank != ${s+n.length-r}`);for(let a=0;a<s;++a)if(t.shape[a]!==e.shape[a])throw new Error(o+` updates.shape[${a}] (${t.shape[a]}) != indices.shape[${a}] (${e.shape[a]}).`);for(let a=0;a<t.rank-s;++a)if(t.shape[a+s]!==n[a+r])throw new Error(o+` updates.shape[${a+s}] (${t.shape[a+s]}) != shape[${a+s}] (${n[a+s]})`)}function Bt(n,e,t){if(e.rank<1)throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${e.rank}.`);if(n.rank<1)throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${n.rank}.`);if(e.dtype!=="int32")throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${e.dtype}`);if(t.length<1)throw new Error(`Output rank must be greater or equal to 1, but got shape: ${t}`);if(t.length===0){if(e.size===0)throw new Error(`Indices specified for empty output. indices shape: ${e.shape}`);if(n.size===0)throw new Error(`Updates specified for empty output. updates shape: ${n.shape}`)}Dn(t,e,n)}function ea(n,e,t){const r=e.shape.length,s=r>1?e.shape[r-1]:1,o=t.length;let a=1;for(let u=s;u<o;++u)a*=t[u];const i=s<1?1:s,c=j(e.shape)/i,l=[...Ls(t.slice(0,s)),1],h=j(t);return{sliceRank:s,numUpdates:c,sliceSize:a,strides:l,outputSize:h}}var Tp=Object.freeze({__proto__:null,calculateShapes:ea,validateInput:Bt,validateUpdateShape:Dn});/**
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
 */function _p(n,e,t){const r=d(n,"tensor","tensorScatterupdate"),s=d(e,"indices","tensorScatterupdate","int32"),o=d(t,"updates","tensorScatterupdate");if(Bt(o,s,r.shape),r.dtype!==o.dtype)throw new Error(`tensor and updates must have the same dtype, instead they are ${r.dtype} and ${o.dtype}.`);const a={tensor:r,indices:s,updates:o},i={};return w.runKernel(Ws,a,i)}const Np=m({tensorScatterUpdate_:_p});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Dp(n,e=1,t=!0){const r=d(n,"x","topk");if(r.rank===0)throw new Error("topk() expects the input to be of rank 1 or higher");const s=r.shape[r.shape.length-1];if(e<0)throw new Error(`'k' passed to topk() must be >= 0 but got ${e}`);if(e>s)throw new Error(`'k' passed to topk() must be <= the last dimension (${s}) but got ${e}`);const o={x:r},a={k:e,sorted:t},[i,c]=w.runKernel(zs,o,a);return{values:i,indices:c}}const Ip=m({topk_:Dp});/**
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
 */function Rp(n,e=0,t=1,r,s){if(ye(n),r!=null&&r==="bool")throw new Error("Unsupported data type $ { dtype }");const o=new An(e,t,r,!0,s),a=we(n,r);for(let i=0;i<a.values.length;i++)a.values[i]=o.nextValue();return a.toTensor()}const Cp=m({truncatedNormal_:Rp});/**
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
 */function Bp(n,e=0){const t=d(n,"x","unique","string_or_numeric");p(t.rank>0,()=>"The input tensor must be at least 1D");const r={x:t},s={axis:e},[o,a]=w.runKernel(qs,r,s);return{values:o,indices:a}}const Pp=m({unique_:Bp});/**
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
 */function Op(n,e){return xn(n,e,"right")}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Fp(n,e=!0,t,r){return w.makeVariable(n,e,t,r)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function ta(n,e){const t=[];for(let o=0;o<e.length;o++)e[o]&&t.push(o);const r=we(n,"int32"),s=we([t.length,n.length],"int32");for(let o=0;o<t.length;o++){const a=r.indexToLoc(t[o]),i=o*n.length;s.values.set(a,i)}return s.toTensor()}/**
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
 */async function Lp(n){const e=d(n,"condition","whereAsync","bool"),t=await e.data(),r=ta(e.shape,t);return n!==e&&e.dispose(),r}const na=Lp;/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */async function Wp(n,e,t){const r=d(n,"tensor","boolMask"),s=d(e,"mask","boolMask","bool"),o=t??0,a=s.rank,i=r.shape;p(a>0,()=>"mask cannot be scalar"),te(i.slice(o,o+a),s.shape,"mask's shape must match the first K dimensions of tensor's shape,");let c=1;for(let v=o;v<o+a;v++)c*=i[v];const l=i.slice(0,o).concat([c],i.slice(o+a)),h=$(r,l),u=$(s,[-1]),f=await na(u),g=Nn(f,[1]),b=Us(h,g,o);return n!==r&&r.dispose(),e!==s&&s.dispose(),g.dispose(),h.dispose(),u.dispose(),f.dispose(),b}const zp=Wp;/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function qp(n,e,t,r,s=!0){const o=d(n,"v","movingAverage"),a=d(e,"x","movingAverage"),i=d(t,"decay","movingAverage");Na(o,a),p(at(o.shape,a.shape),()=>"Shape mismatch in v and x");const c=O(1),l=N(c,i);let h=x(N(a,o),l);if(s){p(r!=null,()=>"When using zeroDebias: true, step is required.");const u=d(r,"step","movingAverage");h=L(h,N(c,tt(i,u)))}return M(o,h)}const Up=m({movingAverage_:qp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Gp(n,e,t){ye(t);const r=d(n,"indices","scatterND","int32"),s=d(e,"updates","scatterND");Bt(s,r,t);const o={indices:r,updates:s},a={shape:t};return w.runKernel(Gs,o,a)}const Hp=m({scatterND_:Gp});function Kp(n,e,t,r){if(n.dtype!=="int32")throw new Error(`tf.sparseToDense() expects the indices to be int32 type, but the dtype was ${n.dtype}.`);if(n.rank>2)throw new Error(`sparseIndices should be a scalar, vector, or matrix, but got shape ${n.shape}.`);const s=n.rank>0?n.shape[0]:1,o=n.rank>1?n.shape[1]:1;if(t.length!==o)throw new Error(`outputShape has incorrect number of elements:, ${t.length}, should be: ${o}.`);const a=e.size;if(!(e.rank===0||e.rank===1&&a===s))throw new Error(`sparseValues has incorrect shape ${e.shape}, should be [] or [${s}]`);if(e.dtype!==r.dtype)throw new Error("sparseValues.dtype must match defaultValues.dtype")}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Vp(n,e,t,r=0){ye(t);const s=d(n,"sparseIndices","sparseToDense","int32"),o=d(e,"sparseValues","sparseToDense","string_or_numeric"),a=d(r,"defaultValue","sparseToDense",o.dtype);Kp(s,o,t,a);const i={sparseIndices:s,sparseValues:o,defaultValue:a},c={outputShape:t};return w.runKernel(Hs,i,c)}const jp=m({sparseToDense_:Vp});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Xp(n,e){const t=d(e,"indices","gatherND","int32"),s={params:d(n,"x","gatherND","string_or_numeric"),indices:t};return w.runKernel(Ks,s)}const Jp=m({gatherND_:Xp});/**
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
 */function Yp(n,e){if(e==null)return n.shape.slice();if(at(n.shape,e))return e;if(n.shape.length===e.length){const t=[];for(let r=0;r<n.shape.length;r++)e[r]==null&&n.shape[r]!=null?t.push(n.shape[r]):t.push(e[r]);return t}return e}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Zp(n,e,t,r){const s=d(n,"x","dropout");if(p(s.dtype==="float32",()=>`x has to be a floating point tensor since it's going to be scaled, but got a ${s.dtype} tensor instead.`),p(e>=0&&e<1,()=>`rate must be a float in the range [0, 1), but got ${e}.`),e===0)return n instanceof he?s.clone():s;const o=Yp(s,t),a=1-e,i=L(Vs(M(Mn(o,0,1,"float32",r),a)),a);return x(s,i)}const Qp=m({dropout_:Zp});/**
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
 */function ra(n){return Math.floor(Math.pow(2,Math.ceil(Math.log(n)/Math.log(2))))}function In(n,e,t){const r=1-n%2,s=new Float32Array(n);for(let o=0;o<n;++o){const a=2*Math.PI*o/(n+r-1);s[o]=e-t*Math.cos(a)}return oe(s,"float32")}/**
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
 */async function eg(n,e,t=1){const r=d(n,"predictions","inTopK"),s=d(e,"targets","inTopK");p(r.rank>1,()=>`inTopK() expects the predictions to be of rank 2 or higher, but got ${r.rank}`),p(r.rank-1===s.rank,()=>`predictions rank should be 1 larger than targets rank, but got predictions rank ${r.rank} and targets rank ${s.rank}`),te(r.shape.slice(0,r.shape.length-1),s.shape,"predictions's shape should be align with the targets' shape, except the last dimension.");const o=r.shape[r.shape.length-1];p(t>0&&t<=o,()=>`'k' passed to inTopK() must be > 0 && <= the predictions last dimension (${o}), but got ${t}`);const a=await r.data(),i=await s.data(),[c,l]=[a.length/o,o],h=Da("bool",c);for(let u=0;u<c;u++){const f=u*l,g=a.subarray(f,f+l),b=[];for(let v=0;v<g.length;v++)b.push({value:g[v],index:v});b.sort((v,y)=>y.value-v.value),h[u]=0;for(let v=0;v<t;v++)if(b[v].index===i[u]){h[u]=1;break}}return n!==r&&r.dispose(),e!==s&&s.dispose(),He(h,s.shape,"bool")}const tg=eg;/**
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
 */function Pt(n,e,t){if(t==null||t==="linear")return n;if(t==="relu")return x(n,Xs(e));throw new Error(`Cannot compute gradient for fused activation ${t}.`)}function Ot(n,e){let t=e;const r=js(n.shape,e.shape);return r.length>0&&(t=F(t,r)),$(t,n.shape)}function Ft(n,e,t,r){if(e==="linear")return n;if(e==="relu")return Ct(n);if(e==="elu")return Co(n);if(e==="relu6")return Xo(n);if(e==="prelu")return Ho(n,t);if(e==="leakyrelu")return Oo(n,r);if(e==="sigmoid")return Ge(n);throw new Error(`Unknown fused activation ${e}.`)}const Lt=(n,e)=>!(n>0)||e==="linear";/**
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
 */function ng({x:n,filter:e,strides:t,pad:r,dataFormat:s="NHWC",dilations:o=[1,1],dimRoundingMode:a,bias:i,activation:c="linear",preluActivationWeights:l,leakyreluAlpha:h}){if(c=c||"linear",Lt(w.state.gradientDepth,c)===!1){p(s==="NHWC",()=>`Error in fused conv2d: got dataFormat of ${s} but only NHWC is currently supported for the case of gradient depth is 0 and the activation is not linear.`);let k=_t(n,e,t,r,s,o,a);return i!=null&&(k=M(k,i)),Ft(k,c,l,h)}const u=d(n,"x","conv2d","float32"),f=d(e,"filter","conv2d","float32");let g=u,b=!1;u.rank===3&&(b=!0,g=$(u,[1,u.shape[0],u.shape[1],u.shape[2]])),p(g.rank===4,()=>`Error in fused conv2d: input must be rank 4, but got rank ${g.rank}.`),p(f.rank===4,()=>`Error in fused conv2d: filter must be rank 4, but got rank ${f.rank}.`),ve("fused conv2d",r,a);const v=s==="NHWC"?g.shape[3]:g.shape[1];p(f.shape[2]===v,()=>`Error in conv2d: depth of input (${v}) must match input depth for filter ${f.shape[2]}.`),p(Me(t,o),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${t} and dilations '${o}'`);const y=fn(g.shape,f.shape,t,o,r,a);let E;i!=null&&(E=d(i,"bias","fused conv2d"),[E]=ue(E,u),s==="NHWC"?ie(y.outShape,E.shape):(p(E.shape.length<=1,()=>`Error in fused conv2d: only supports scalar or 1-D Tensor bias for NCHW format but got the bias of rank-${E.shape.length}.`),p(E.shape.length===0||E.shape[0]===y.outChannels||E.shape[0]===1,()=>`Error in fused conv2d: bias shape (${E.shape}) is not compatible with the number of output channels (${y.outChannels})`)));let I;if(l!=null){const k=l.shape;if(p(k.length<=1||k.length===3,()=>`Error in fused conv2d: only supports scalar, 1-D Tensor or 3-D Tensor PReLU activation weights but got a tensor of rank-${k.length}.`),k.length===1)p(k[0]===1||k[0]===y.outChannels,()=>`Error in fused conv2d: PReLU activation weights (${k}) is not compatible with the number of output channels (${y.outChannels}).`);else if(k.length===3)try{ie(k,y.outShape)}catch{const T=`Error in fused conv2d: PReLU activation weights (${k}) is not compatible with the output shape of the conv2d (${y.outShape}).`;throw Error(T)}I=d(l,"prelu weights","fused conv2d")}const R=(k,_)=>{p(s==="NHWC",()=>`Error in gradient of fused conv2D: got dataFormat of ${s} but only NHWC is currently supported.`);const[T,D,C,B]=_,G=Pt(k,C,c);p(pn(o),()=>`Error in gradient of fused conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${o}'`);const z=Cr(D.shape,G,T,t,r),K=Ia(D,G,T.shape,t,r),Y=[z,K];if(B!=null){const se=Ot(B,G);Y.push(se)}return Y},S={x:g,filter:f,bias:E,preluActivationWeights:I},A={strides:t,pad:r,dataFormat:s,dilations:o,dimRoundingMode:a,activation:c,leakyreluAlpha:h};return i==null?de((_,T,D)=>{let C=w.runKernel(Kt,S,A);return D([T,_,C]),b&&(C=$(C,[C.shape[1],C.shape[2],C.shape[3]])),{value:C,gradFunc:R}})(g,f):de((_,T,D,C)=>{let B=w.runKernel(Kt,S,A);return C([T,_,B,D]),b&&(B=$(B,[B.shape[1],B.shape[2],B.shape[3]])),{value:B,gradFunc:R}})(g,f,E)}const rg=m({fusedConv2d_:ng});/**
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
 */function sg({x:n,filter:e,strides:t,pad:r,dataFormat:s="NHWC",dilations:o=[1,1],dimRoundingMode:a,bias:i,activation:c="linear",preluActivationWeights:l,leakyreluAlpha:h}){if(Lt(w.state.gradientDepth,c)===!1){let A=$n(n,e,t,r,s,o,a);return i!=null&&(A=M(A,i)),Ft(A,c,l,h)}const u=d(n,"x","depthwiseConv2d","float32"),f=d(e,"filter","depthwiseConv2d","float32");let g=u,b=!1;u.rank===3&&(b=!0,g=$(u,[1,u.shape[0],u.shape[1],u.shape[2]])),p(g.rank===4,()=>`Error in fused depthwiseConv2d: input must be rank 4, but got rank ${g.rank}.`),p(f.rank===4,()=>`Error in fused depthwiseConv2d: filter must be rank 4, but got rank ${f.rank}.`),p(g.shape[3]===f.shape[2],()=>`Error in fused depthwiseConv2d: number of input channels (${g.shape[3]}) must match the inChannels dimension in filter ${f.shape[2]}.`),o==null&&(o=[1,1]),p(Me(t,o),()=>`Error in fused depthwiseConv2d: Either strides or dilations must be 1. Got strides ${t} and dilations '${o}'`),ve("fused depthwiseConv2d",r,a);const v=fn(g.shape,f.shape,t,o,r,a,!0);let y;i!=null&&(y=d(i,"bias","fused conv2d"),[y]=ue(y,u),ie(v.outShape,y.shape));let E;l!=null&&(E=d(l,"prelu weights","fused depthwiseConv2d"));const I=(A,k)=>{p(pn(o),()=>`Error in gradient of fused depthwiseConv2d: dilation rates greater than 1 are not yet supported. Got dilations '${o}'`);const[_,T,D,C]=k,B=Pt(A,D,c),G=Ra(T.shape,B,_,t,r,o,a),z=Ca(T,B,_.shape,t,r,o,a);if(C!=null){const K=Ot(y,B);return[G,z,K]}return[G,z]},R={x:g,filter:f,bias:y,preluActivationWeights:E},S={strides:t,pad:r,dataFormat:s,dilations:o,dimRoundingMode:a,activation:c,leakyreluAlpha:h};return i==null?de((k,_,T)=>{let D=w.runKernel(Vt,R,S);return T([_,k,D]),b&&(D=$(D,[D.shape[1],D.shape[2],D.shape[3]])),{value:D,gradFunc:I}})(g,f):de((k,_,T,D)=>{let C=w.runKernel(Vt,R,S);return D([_,k,C,T]),b&&(C=$(C,[C.shape[1],C.shape[2],C.shape[3]])),{value:C,gradFunc:I}})(g,f,y)}const og=m({fusedDepthwiseConv2d_:sg});/**
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
 */function ag({a:n,b:e,transposeA:t=!1,transposeB:r=!1,bias:s,activation:o="linear",preluActivationWeights:a,leakyreluAlpha:i=.2}){if(Lt(w.state.gradientDepth,o)===!1){let B=P(n,e,t,r);return s!=null&&(B=M(B,s)),Ft(B,o,a,i)}let c=d(n,"a","fused matMul"),l=d(e,"b","fused matMul");[c,l]=ue(c,l);const h=t?c.shape[c.rank-2]:c.shape[c.rank-1],u=r?l.shape[l.rank-1]:l.shape[l.rank-2],f=t?c.shape[c.rank-1]:c.shape[c.rank-2],g=r?l.shape[l.rank-2]:l.shape[l.rank-1],b=c.shape.slice(0,-2),v=l.shape.slice(0,-2),y=j(b),E=j(v);p(h===u,()=>`Error in fused matMul: inner shapes (${h}) and (${u}) of Tensors with shapes ${c.shape} and ${l.shape} and transposeA=${t} and transposeB=${r} must match.`);const R=ie(c.shape.slice(0,-2),l.shape.slice(0,-2)).concat([f,g]),S=t?$(c,[y,h,f]):$(c,[y,f,h]),A=r?$(l,[E,g,u]):$(l,[E,u,g]);let k;s!=null&&(k=d(s,"bias","fused matMul"),[k]=ue(k,c),ie(R,k.shape));let _;a!=null&&(_=d(a,"prelu weights","fused matMul"));const T=(B,G)=>{const[z,K,Y,se]=G,fe=Pt($(B,Y.shape),Y,o);let Le,We;if(!t&&!r?(Le=P(fe,K,!1,!0),We=P(z,fe,!0,!1)):!t&&r?(Le=P(fe,K,!1,!1),We=P(fe,z,!0,!1)):t&&!r?(Le=P(K,fe,!1,!0),We=P(z,fe,!1,!1)):(Le=P(K,fe,!0,!0),We=P(fe,z,!0,!0)),s!=null){const va=Ot(se,fe);return[Le,We,va]}else return[Le,We]},D={a:S,b:A,bias:k,preluActivationWeights:_},C={transposeA:t,transposeB:r,activation:o,leakyreluAlpha:i};return s==null?de((G,z,K)=>{const Y=w.runKernel(jt,D,C);return K([G,z,Y]),{value:$(Y,R),gradFunc:T}})(S,A):de((G,z,K,Y)=>{const se=w.runKernel(jt,D,C);return Y([G,z,se,K]),{value:$(se,R),gradFunc:T}})(S,A,k)}const ig=m({fusedMatMul_:ag});/**
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
 */var cg=Object.freeze({__proto__:null,conv2d:rg,depthwiseConv2d:og,matMul:ig});/**
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
 */function lg(n){return In(n,.54,.46)}const ug=m({hammingWindow_:lg});/**
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
 */function hg(n){return In(n,.5,.5)}const sa=m({hannWindow_:hg});/**
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
 */function dg(n,e,t,r=!1,s=0){let o=0;const a=[];for(;o+e<=n.size;)a.push(W(n,o,e)),o+=t;if(r)for(;o<n.size;){const i=o+e-n.size,c=ee([W(n,o,e-i),ht([i],s)]);a.push(c),o+=t}return a.length===0?Ze([],[0,e]):$(ee(a),[a.length,e])}const oa=m({frame_:dg});/**
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
 */function fg(n,e,t,r,s=sa){r==null&&(r=ra(e));const o=oa(n,e,t),a=x(o,s(e));return _n(a,r)}const pg=m({stft_:fg});/**
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
 */function gg(n,e,t,r,s="bilinear",o=0){const a=d(n,"image","cropAndResize"),i=d(e,"boxes","cropAndResize","float32"),c=d(t,"boxInd","cropAndResize","int32"),l=i.shape[0];p(a.rank===4,()=>`Error in cropAndResize: image must be rank 4,but got rank ${a.rank}.`),p(i.rank===2&&i.shape[1]===4,()=>`Error in cropAndResize: boxes must be have size [${l},4] but had shape ${i.shape}.`),p(c.rank===1&&c.shape[0]===l,()=>`Error in cropAndResize: boxInd must be have size [${l}] but had shape ${i.shape}.`),p(r.length===2,()=>`Error in cropAndResize: cropSize must be of length 2, but got length ${r.length}.`),p(r[0]>=1&&r[1]>=1,()=>`cropSize must be atleast [1,1], but was ${r}`),p(s==="bilinear"||s==="nearest",()=>`method must be bilinear or nearest, but was ${s}`);const h={image:a,boxes:i,boxInd:c},u={method:s,extrapolationValue:o,cropSize:r};return w.runKernel(Js,h,u)}const mg=m({cropAndResize_:gg});/**
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
 */function bg(n){const e=d(n,"image","flipLeftRight","float32");p(e.rank===4,()=>`Error in flipLeftRight: image must be rank 4,but got rank ${e.rank}.`);const t={image:e};return w.runKernel(Ys,t,{})}const wg=m({flipLeftRight_:bg});/**
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
 */function yg(n){const e=d(n,"image","grayscaleToRGB"),t=e.rank-1,r=e.shape[t];p(e.rank>=2,()=>`Error in grayscaleToRGB: images must be at least rank 2, but got rank ${e.rank}.`),p(r===1,()=>`Error in grayscaleToRGB: last dimension of a grayscale image should be size 1, but got size ${r}.`);const s=new Array(e.rank);return s.fill(1,0,t),s[t]=3,Ye(e,s)}const vg=m({grayscaleToRGB_:yg});/**
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
 */function $g(n){const e=d(n,"image","RGBToGrayscale"),t=e.rank-1,r=e.shape[t];p(e.rank>=2,()=>`Error in RGBToGrayscale: images must be at least rank 2, but got rank ${e.rank}.`),p(r===3,()=>`Error in RGBToGrayscale: last dimension of an RGB image should be size 3, but got size ${r}.`);const s=e.dtype,o=U(e,"float32"),a=oe([.2989,.587,.114]);let i;switch(e.rank){case 2:i=qe("ij,j->i",o,a);break;case 3:i=qe("ijk,k->ij",o,a);break;case 4:i=qe("ijkl,l->ijk",o,a);break;case 5:i=qe("ijklm,m->ijkl",o,a);break;case 6:i=qe("ijklmn,n->ijklm",o,a);break;default:throw new Error("Not a valid tensor rank.")}return i=xe(i,-1),U(i,s)}const xg=m({rgbToGrayscale_:$g});/**
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
 */function Eg(n,e,t=0,r=.5){const s=d(n,"image","rotateWithOffset","float32");p(s.rank===4,()=>`Error in rotateWithOffset: image must be rank 4,but got rank ${s.rank}.`);const o={image:s},a={radians:e,fillValue:t,center:r};return w.runKernel(Zs,o,a)}const Sg=m({rotateWithOffset_:Eg});/**
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
 */function Xe(n,e,t,r,s,o){r==null&&(r=.5),s==null&&(s=Number.NEGATIVE_INFINITY),o==null&&(o=0);const a=n.shape[0];return t=Math.min(t,a),p(0<=r&&r<=1,()=>`iouThreshold must be in [0, 1], but was '${r}'`),p(n.rank===2,()=>`boxes must be a 2D tensor, but was of rank '${n.rank}'`),p(n.shape[1]===4,()=>`boxes must have 4 columns, but 2nd dimension was ${n.shape[1]}`),p(e.rank===1,()=>"scores must be a 1D tensor"),p(e.shape[0]===a,()=>`scores has incompatible shape with boxes. Expected ${a}, but was ${e.shape[0]}`),p(0<=o&&o<=1,()=>`softNmsSigma must be in [0, 1], but was '${o}'`),{maxOutputSize:t,iouThreshold:r,scoreThreshold:s,softNmsSigma:o}}/**
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
 */function kg(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY){const o=d(n,"boxes","nonMaxSuppression","float32"),a=d(e,"scores","nonMaxSuppression","float32"),i=Xe(o,a,t,r,s);t=i.maxOutputSize,r=i.iouThreshold,s=i.scoreThreshold;const c={maxOutputSize:t,iouThreshold:r,scoreThreshold:s};return w.runKernel(Qs,{boxes:o,scores:a},c)}const Ag=m({nonMaxSuppression_:kg});/**
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
 */function Mg(n,e,t){const r=Tg(n,e,t),s=r<0?-(r+1):r;n.splice(s,0,e)}function Tg(n,e,t){return Ng(n,e,t||_g)}function _g(n,e){return n>e?1:n<e?-1:0}function Ng(n,e,t){let r=0,s=n.length,o=0,a=!1;for(;r<s;){o=r+(s-r>>>1);const i=t(e,n[o]);i>0?r=o+1:(s=o,a=!i)}return a?r:-r-1}/**
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
 */function aa(n,e,t,r,s){return Rn(n,e,t,r,s,0)}function ia(n,e,t,r,s,o){return Rn(n,e,t,r,s,0,!1,o,!0)}function ca(n,e,t,r,s,o){return Rn(n,e,t,r,s,o,!0)}function Rn(n,e,t,r,s,o,a=!1,i=!1,c=!1){const l=[];for(let y=0;y<e.length;y++)e[y]>s&&l.push({score:e[y],boxIndex:y,suppressBeginIndex:0});l.sort(tr);const h=o>0?-.5/o:0,u=[],f=[];for(;u.length<t&&l.length>0;){const y=l.pop(),{score:E,boxIndex:I,suppressBeginIndex:R}=y;if(E<s)break;let S=!1;for(let A=u.length-1;A>=R;--A){const k=Dg(n,I,u[A]);if(k>=r){S=!0;break}if(y.score=y.score*Ig(r,h,k),y.score<=s)break}y.suppressBeginIndex=u.length,S||(y.score===E?(u.push(I),f.push(y.score)):y.score>s&&Mg(l,y,tr))}const g=u.length,b=t-g;i&&b>0&&(u.push(...new Array(b).fill(0)),f.push(...new Array(b).fill(0)));const v={selectedIndices:u};return a&&(v.selectedScores=f),c&&(v.validOutputs=g),v}function Dg(n,e,t){const r=n.subarray(e*4,e*4+4),s=n.subarray(t*4,t*4+4),o=Math.min(r[0],r[2]),a=Math.min(r[1],r[3]),i=Math.max(r[0],r[2]),c=Math.max(r[1],r[3]),l=Math.min(s[0],s[2]),h=Math.min(s[1],s[3]),u=Math.max(s[0],s[2]),f=Math.max(s[1],s[3]),g=(i-o)*(c-a),b=(u-l)*(f-h);if(g<=0||b<=0)return 0;const v=Math.max(o,l),y=Math.max(a,h),E=Math.min(i,u),I=Math.min(c,f),R=Math.max(E-v,0)*Math.max(I-y,0);return R/(g+b-R)}function Ig(n,e,t){const r=Math.exp(e*t*t);return t<=n?r:0}function tr(n,e){return n.score-e.score||n.score===e.score&&e.boxIndex-n.boxIndex}/**
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
 */async function Rg(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY){const o=d(n,"boxes","nonMaxSuppressionAsync"),a=d(e,"scores","nonMaxSuppressionAsync"),i=Xe(o,a,t,r,s);t=i.maxOutputSize,r=i.iouThreshold,s=i.scoreThreshold;const c=await Promise.all([o.data(),a.data()]),l=c[0],h=c[1],{selectedIndices:u}=aa(l,h,t,r,s);return o!==n&&o.dispose(),a!==e&&a.dispose(),oe(u,"int32")}const Cg=Rg;/**
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
 */function Bg(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY,o=0){const a=d(n,"boxes","nonMaxSuppression"),i=d(e,"scores","nonMaxSuppression"),c=Xe(a,i,t,r,s,o);t=c.maxOutputSize,r=c.iouThreshold,s=c.scoreThreshold,o=c.softNmsSigma;const l={boxes:a,scores:i},h={maxOutputSize:t,iouThreshold:r,scoreThreshold:s,softNmsSigma:o},u=w.runKernel(eo,l,h);return{selectedIndices:u[0],selectedScores:u[1]}}const Pg=m({nonMaxSuppressionWithScore_:Bg});/**
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
 */async function Og(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY,o=0){const a=d(n,"boxes","nonMaxSuppressionAsync"),i=d(e,"scores","nonMaxSuppressionAsync"),c=Xe(a,i,t,r,s,o);t=c.maxOutputSize,r=c.iouThreshold,s=c.scoreThreshold,o=c.softNmsSigma;const l=await Promise.all([a.data(),i.data()]),h=l[0],u=l[1],{selectedIndices:f,selectedScores:g}=ca(h,u,t,r,s,o);return a!==n&&a.dispose(),i!==e&&i.dispose(),{selectedIndices:oe(f,"int32"),selectedScores:oe(g)}}const Fg=Og;/**
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
 */function Lg(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY,o=!1){const a=d(n,"boxes","nonMaxSuppression"),i=d(e,"scores","nonMaxSuppression"),c=Xe(a,i,t,r,s,null),l=c.maxOutputSize,h=c.iouThreshold,u=c.scoreThreshold,f={boxes:a,scores:i},g={maxOutputSize:l,iouThreshold:h,scoreThreshold:u,padToMaxOutputSize:o},b=w.runKernel(to,f,g);return{selectedIndices:b[0],validOutputs:b[1]}}const Wg=m({nonMaxSuppressionPadded_:Lg});/**
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
 */async function zg(n,e,t,r=.5,s=Number.NEGATIVE_INFINITY,o=!1){const a=d(n,"boxes","nonMaxSuppressionAsync"),i=d(e,"scores","nonMaxSuppressionAsync"),c=Xe(a,i,t,r,s,null),l=c.maxOutputSize,h=c.iouThreshold,u=c.scoreThreshold,[f,g]=await Promise.all([a.data(),i.data()]),{selectedIndices:b,validOutputs:v}=ia(f,g,l,h,u,o);return a!==n&&a.dispose(),i!==e&&i.dispose(),{selectedIndices:oe(b,"int32"),validOutputs:O(v,"int32")}}const qg=zg;/**
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
 */function Ug(n,e,t=!1,r=!1){const s=d(n,"images","resizeBilinear");p(s.rank===3||s.rank===4,()=>`Error in resizeBilinear: x must be rank 3 or 4, but got rank ${s.rank}.`),p(e.length===2,()=>`Error in resizeBilinear: new shape must 2D, but got shape ${e}.`),p(r===!1||t===!1,()=>"Error in resizeBilinear: If halfPixelCenters is true, alignCorners must be false.");let o=s,a=!1;s.rank===3&&(a=!0,o=$(s,[1,s.shape[0],s.shape[1],s.shape[2]]));const i={images:o},c={alignCorners:t,halfPixelCenters:r,size:e},l=w.runKernel(no,i,c);return a?$(l,[l.shape[1],l.shape[2],l.shape[3]]):l}const Gg=m({resizeBilinear_:Ug});/**
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
 */function Hg(n,e,t=!1,r=!1){const s=d(n,"images","resizeNearestNeighbor");p(s.rank===3||s.rank===4,()=>`Error in resizeNearestNeighbor: x must be rank 3 or 4, but got rank ${s.rank}.`),p(e.length===2,()=>`Error in resizeNearestNeighbor: new shape must 2D, but got shape ${e}.`),p(s.dtype==="float32"||s.dtype==="int32",()=>"`images` must have `int32` or `float32` as dtype"),p(r===!1||t===!1,()=>"Error in resizeNearestNeighbor: If halfPixelCenters is true, alignCorners must be false.");let o=s,a=!1;s.rank===3&&(a=!0,o=$(s,[1,s.shape[0],s.shape[1],s.shape[2]]));const i={images:o},c={alignCorners:t,halfPixelCenters:r,size:e},l=w.runKernel(ro,i,c);return a?$(l,[l.shape[1],l.shape[2],l.shape[3]]):l}const Kg=m({resizeNearestNeighbor_:Hg});/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Vg(n,e="binary",t=!1,r=.5){const s=d(n,"image","threshold"),o=.2989,a=.587,i=.114,c=s.shape[0]*s.shape[1];let l=x(oe([r]),255),h,u,f,g;if(p(s.rank===3,()=>`Error in threshold: image must be rank 3,but got rank ${s.rank}.`),p(s.shape[2]===3||s.shape[2]===1,()=>`Error in threshold: image color channel must be equal to 3 or 1but got ${s.shape[2]}.`),p(s.dtype==="int32"||s.dtype==="float32",()=>`Error in dtype: image dtype must be int32 or float32,but got dtype ${s.dtype}.`),p(e==="otsu"||e==="binary",()=>`Method must be binary or otsu, but was ${e}`),s.shape[2]===3){[h,u,f]=rt(s,[1,1,1],-1);const y=x(h,o),E=x(u,a),I=x(f,i);g=M(M(y,E),I)}else g=n;if(e==="otsu"){const y=Ro(U(Jo(g),"int32"),He([]),256);l=jg(y,c)}const b=t?gn(g,l):Nt(g,l);return U(x(b,255),"int32")}function jg(n,e){let t=oe([-1]),r=oe([0]),s=oe([0]),o,a,i,c,l,h;for(let u=0;u<n.size-1;u++){o=W(n,0,u+1),a=W(n,u+1),l=L(F(o),e),h=L(F(a),e);const f=F(x(o,ot(0,o.size)));i=L(f,F(o));const g=ht(a.shape,o.size),b=M(ot(0,a.size),g),v=x(a,b);c=L(F(v),F(a));const y=N(i,c),E=N(i,c),I=x(l,h);s=x(x(I,y),E);const R=Nt(s,r);r=ke(R,s,r),t=ke(R,oe([u]),t)}return t}const Xg=m({threshold_:Vg});/**
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
 */function Jg(n,e,t="nearest",r="constant",s=0,o){const a=d(n,"image","transform","float32"),i=d(e,"transforms","transform","float32");p(a.rank===4,()=>`Error in transform: image must be rank 4,but got rank ${a.rank}.`),p(i.rank===2&&(i.shape[0]===a.shape[0]||i.shape[0]===1)&&i.shape[1]===8,()=>"Error in transform: Input transform should be batch x 8 or 1 x 8"),p(o==null||o.length===2,()=>`Error in transform: outputShape must be [height, width] or null, but got ${o}.`);const c={image:a,transforms:i},l={interpolation:t,fillMode:r,fillValue:s,outputShape:o};return w.runKernel(so,c,l)}const Yg=m({transform_:Jg});/**
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
 */function Zg(n,e,t){const r=d(n,"a","bandPart");p(r.rank>=2,()=>`bandPart(): Rank must be at least 2, got ${r.rank}.`);const s=r.shape,[o,a]=r.shape.slice(-2);let i,c;typeof e=="number"?(p(e%1===0,()=>`bandPart(): numLower must be an integer, got ${e}.`),p(e<=o,()=>`bandPart(): numLower (${e}) must not be greater than the number of rows (${o}).`),i=d(e<0?o:e,"numLower","bandPart")):(p(e.dtype==="int32",()=>"bandPart(): numLower's dtype must be an int32."),i=ke(Xt(e,0),o,Mt(e,o))),typeof t=="number"?(p(t%1===0,()=>`bandPart(): numUpper must be an integer, got ${t}.`),p(t<=a,()=>`bandPart(): numUpper (${t}) must not be greater than the number of columns (${a}).`),c=d(t<0?a:t,"numUpper","bandPart")):(p(t.dtype==="int32",()=>"bandPart(): numUpper's dtype must be an int32."),c=ke(Xt(t,0),a,Mt(t,a)));const l=$(ot(0,o,1,"int32"),[-1,1]),h=ot(0,a,1,"int32"),u=N(l,h),f=Et(gn(u,i),oo(u,ge(c))),g=dn([o,a],r.dtype);return $(st(mn($(r,[-1,o,a])).map(b=>ke(f,b,g))),s)}const Qg=m({bandPart_:Zg});/**
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
 */function em(n){let e;if(Array.isArray(n)){e=!1,p(n!=null&&n.length>0,()=>"Gram-Schmidt process: input must not be null, undefined, or empty");const s=n[0].shape[0];for(let o=1;o<n.length;++o)p(n[o].shape[0]===s,()=>`Gram-Schmidt: Non-unique lengths found in the input vectors: (${n[o].shape[0]} vs. ${s})`)}else e=!0,n=rt(n,n.shape[0],0).map(s=>Nn(s,[0]));p(n.length<=n[0].shape[0],()=>`Gram-Schmidt: Number of vectors (${n.length}) exceeds number of dimensions (${n[0].shape[0]}).`);const t=[],r=n;for(let s=0;s<n.length;++s)t.push(w.tidy(()=>{let o=r[s];if(s>0)for(let a=0;a<s;++a){const i=x(F(x(t[a],o)),t[a]);o=N(o,i)}return L(o,It(o,"euclidean"))}));return e?st(t,0):t}const tm=m({gramSchmidt_:em});/**
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
 */function nm(n,e=!1){if(p(n.rank>=2,()=>`qr() requires input tensor to have a rank >= 2, but got rank ${n.rank}`),n.rank===2)return nr(n,e);{const t=n.shape.slice(0,n.shape.length-2).reduce((c,l)=>c*l),r=mn($(n,[t,n.shape[n.shape.length-2],n.shape[n.shape.length-1]]),0),s=[],o=[];r.forEach(c=>{const[l,h]=nr(c,e);s.push(l),o.push(h)});const a=$(st(s,0),n.shape),i=$(st(o,0),n.shape);return[a,i]}}function nr(n,e=!1){return w.tidy(()=>{p(n.shape.length===2,()=>`qr2d() requires a 2D Tensor, but got a ${n.shape.length}D Tensor.`);const t=n.shape[0],r=n.shape[1];let s=Po(t),o=Je(n);const a=Ze([[1]],[1,1]);let i=Je(a);const c=t>=r?r:t;for(let l=0;l<c;++l){const h=o,u=i,f=s;[i,o,s]=w.tidy(()=>{const g=W(o,[l,l],[t-l,1]),b=It(g),v=W(o,[l,l],[1,1]),y=ke(Nt(v,0),Ze([[-1]]),Ze([[1]])),E=N(v,x(y,b)),I=L(g,E);I.shape[0]===1?i=Je(a):i=ee([a,W(I,[1,0],[I.shape[0]-1,I.shape[1]])],0);const R=ge(L(P(y,E),b)),S=W(o,[l,0],[t-l,r]),A=x(R,i),k=kt(i);if(l===0)o=N(S,P(A,P(k,S)));else{const D=N(S,P(A,P(k,S)));o=ee([W(o,[0,0],[l,r]),D],0)}const _=kt(A),T=W(s,[0,l],[t,s.shape[1]-l]);if(l===0)s=N(T,P(P(T,i),_));else{const D=N(T,P(P(T,i),_));s=ee([W(s,[0,0],[t,l]),D],1)}return[i,o,s]}),Z([h,u,f])}return!e&&t>r&&(s=W(s,[0,0],[t,r]),o=W(o,[0,0],[r,r])),[s,o]})}const rm=m({qr_:nm});/**
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
 */var J;(function(n){n[n.NONE=0]="NONE",n[n.MEAN=1]="MEAN",n[n.SUM=2]="SUM",n[n.SUM_BY_NONZERO_WEIGHTS=3]="SUM_BY_NONZERO_WEIGHTS"})(J||(J={}));function sm(n,e,t=J.SUM_BY_NONZERO_WEIGHTS){const r=d(n,"losses","computeWeightedLoss");let s=null;e!=null&&(s=d(e,"weights","computeWeightedLoss"));const o=s==null?r:x(r,s);if(t===J.NONE)return o;if(t===J.SUM)return F(o);if(t===J.MEAN){if(s==null)return At(o);{const a=r.size/s.size,i=L(F(o),F(s));return a>1?L(i,O(a)):i}}if(t===J.SUM_BY_NONZERO_WEIGHTS){if(s==null)return L(F(o),O(r.size));{const a=x(s,Ue(r.shape)),i=U(F(Go(a,O(0))),"float32");return L(F(o),i)}}throw Error(`Unknown reduction: ${t}`)}const $e=m({computeWeightedLoss_:sm});/**
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
 */function om(n,e,t,r=J.SUM_BY_NONZERO_WEIGHTS){const s=d(n,"labels","absoluteDifference"),o=d(e,"predictions","absoluteDifference");let a=null;t!=null&&(a=d(t,"weights","absoluteDifference")),te(s.shape,o.shape,"Error in absoluteDifference: ");const i=ne(N(s,o));return $e(i,a,r)}const am=m({absoluteDifference_:om});function im(n,e,t,r,s=J.SUM_BY_NONZERO_WEIGHTS){const o=d(n,"labels","cosineDistance"),a=d(e,"predictions","cosineDistance");let i=null;r!=null&&(i=d(r,"weights","cosineDistance")),te(o.shape,a.shape,"Error in cosineDistance: ");const c=O(1),l=N(c,F(x(o,a),t,!0));return $e(l,i,s)}const cm=m({cosineDistance_:im});function lm(n,e,t,r=J.SUM_BY_NONZERO_WEIGHTS){let s=d(n,"labels","hingeLoss");const o=d(e,"predictions","hingeLoss");let a=null;t!=null&&(a=d(t,"weights","hingeLoss")),te(s.shape,o.shape,"Error in hingeLoss: ");const i=O(1);s=N(x(O(2),s),i);const c=Ct(N(i,x(s,o)));return $e(c,a,r)}const um=m({hingeLoss_:lm});/**
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
 */function hm(n,e,t,r=1,s=J.SUM_BY_NONZERO_WEIGHTS){const o=d(n,"labels","huberLoss"),a=d(e,"predictions","huberLoss");let i=null;t!=null&&(i=d(t,"weights","huberLoss")),te(o.shape,a.shape,"Error in huberLoss: ");const c=O(r),l=ne(N(a,o)),h=Mt(l,c),u=N(l,h),f=M(x(O(.5),ae(h)),x(c,u));return $e(f,i,s)}const dm=m({huberLoss_:hm});/**
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
 */function fm(n,e,t,r=1e-7,s=J.SUM_BY_NONZERO_WEIGHTS){const o=d(n,"labels","logLoss"),a=d(e,"predictions","logLoss");let i=null;t!=null&&(i=d(t,"weights","logLoss")),te(o.shape,a.shape,"Error in logLoss: ");const c=O(1),l=O(r),h=ge(x(o,nt(M(a,l)))),u=x(N(c,o),nt(M(N(c,a),l))),f=N(h,u);return $e(f,i,s)}const pm=m({logLoss_:fm});/**
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
 */function gm(n,e,t,r=J.SUM_BY_NONZERO_WEIGHTS){const s=d(n,"labels","meanSquaredError"),o=d(e,"predictions","meanSquaredError");let a=null;t!=null&&(a=d(t,"weights","meanSquaredError")),te(s.shape,o.shape,"Error in meanSquaredError: ");const i=Zo(s,o);return $e(i,a,r)}const mm=m({meanSquaredError_:gm});/**
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
 */function bm(n,e){const t=d(n,"labels","sigmoidCrossEntropyWithLogits"),r=d(e,"logits","sigmoidCrossEntropyWithLogits");te(t.shape,r.shape,"Error in sigmoidCrossEntropyWithLogits: ");const s=Ct(r),o=x(r,t),a=Fo(Ie(ge(ne(r))));return M(N(s,o),a)}function wm(n,e,t,r=0,s=J.SUM_BY_NONZERO_WEIGHTS){let o=d(n,"multiClassLabels","sigmoidCrossEntropy");const a=d(e,"logits","sigmoidCrossEntropy");let i=null;if(t!=null&&(i=d(t,"weights","sigmoidCrossEntropy")),te(o.shape,a.shape,"Error in sigmoidCrossEntropy: "),r>0){const l=O(r),h=O(1),u=O(.5);o=M(x(o,N(h,l)),x(u,l))}const c=bm(o,a);return $e(c,i,s)}const ym=m({sigmoidCrossEntropy_:wm});/**
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
 */function vm(n,e,t=-1){if(t===-1&&(t=e.rank-1),t!==e.rank-1)throw Error(`Softmax cross entropy along a non-last dimension is not yet supported. Labels / logits was rank ${e.rank} and dim was ${t}`);return de((s,o,a)=>{const c=zo(o,[t],!0),l=N(U(o,"float32"),c);a([s,l]);const h=ge(x(l,s));return{value:F(h,[t]),gradFunc:(g,b)=>{const[v,y]=b,E=it(g.shape,[t]);return[x($(g,E),N(U(v,"float32"),Ie(y))),x($(g,E),N(Ie(y),U(v,"float32")))]}}})(n,e)}function $m(n,e,t,r=0,s=J.SUM_BY_NONZERO_WEIGHTS){let o=d(n,"onehotLabels","softmaxCrossEntropy");const a=d(e,"logits","softmaxCrossEntropy");let i=null;if(t!=null&&(i=d(t,"weights","softmaxCrossEntropy")),te(o.shape,a.shape,"Error in softmaxCrossEntropy: "),r>0){const l=O(r),h=O(1),u=O(o.shape[1]);o=M(x(o,N(h,l)),L(l,u))}const c=vm(o,a);return $e(c,i,s)}const xm=m({softmaxCrossEntropy_:$m});/**
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
 */function Em(n,e,t,r){const s=d(n,"indices","sparseFillEmptyRows","int32"),o=d(e,"values","sparseFillEmptyRows"),a=d(t,"denseShape","sparseFillEmptyRows","int32"),i=d(r,"defaultValue","sparseFillEmptyRows",o.dtype);if(s.rank!==2)throw new Error(`Indices should be Tensor2D but received shape
        ${s.shape}`);if(o.rank!==1)throw new Error(`Values should be Tensor1D but received shape ${o.shape}`);if(a.rank!==1)throw new Error(`Dense shape should be Tensor1D but received shape ${a.shape}`);if(i.rank!==0)throw new Error(`Default value should be a scalar but received shape ${i.shape}`);const c={indices:s,values:o,denseShape:a,defaultValue:i},l=w.runKernel(ao,c);return{outputIndices:l[0],outputValues:l[1],emptyRowIndicator:l[2],reverseIndexMap:l[3]}}const Sm=m({sparseFillEmptyRows_:Em});/**
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
 */function km(n,e,t){const r=d(n,"inputIndices","sparseReshape","int32"),s=d(e,"inputShape","sparseReshape","int32"),o=d(t,"newShape","sparseReshape","int32");if(r.rank!==2)throw new Error(`Input indices should be Tensor2D but received shape
        ${r.shape}`);if(s.rank!==1)throw new Error(`Input shape should be Tensor1D but received shape ${s.shape}`);if(o.rank!==1)throw new Error(`New shape should be Tensor1D but received shape ${o.shape}`);const a={inputIndices:r,inputShape:s,newShape:o},i=w.runKernel(io,a);return{outputIndices:i[0],outputShape:i[1]}}const Am=m({sparseReshape_:km});/**
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
 */function Mm(n,e,t){const r=d(n,"data","sparseSegmentMean"),s=d(e,"indices","sparseSegmentMean","int32"),o=d(t,"segmentIds","sparseSegmentMean","int32");if(r.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(s.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
          ${s.shape}`);if(o.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
          ${o.shape}`);const a={data:r,indices:s,segmentIds:o};return w.runKernel(co,a)}const Tm=m({sparseSegmentMean_:Mm});/**
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
 */function _m(n,e,t){const r=d(n,"data","sparseSegmentSum"),s=d(e,"indices","sparseSegmentSum","int32"),o=d(t,"segmentIds","sparseSegmentSum","int32");if(r.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(s.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
         ${s.shape}`);if(o.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
         ${o.shape}`);const a={data:r,indices:s,segmentIds:o};return w.runKernel(lo,a)}const Nm=m({sparseSegmentSum_:_m});/**
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
 */function Dm(n,e,t,r,s,o,a,i){const c=d(n,"data","stringNGrams","string");if(c.dtype!=="string")throw new Error("Data must be of datatype string");if(c.shape.length!==1)throw new Error(`Data must be a vector, saw: ${c.shape}`);const l=d(e,"dataSplits","stringNGrams");if(l.dtype!=="int32")throw new Error("Data splits must be of datatype int32");const h={separator:t,nGramWidths:r,leftPad:s,rightPad:o,padWidth:a,preserveShortSequences:i},u={data:c,dataSplits:l},f=w.runKernel(uo,u,h);return{nGrams:f[0],nGramsSplits:f[1]}}const Im=m({stringNGrams_:Dm});/**
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
 */function Rm(n,e,t=!0){const r=d(n,"input","stringSplit","string"),s=d(e,"delimiter","stringSplit","string");if(r.rank!==1)throw new Error(`Input should be Tensor1D but received shape ${r.shape}`);if(s.rank!==0)throw new Error(`Delimiter should be a scalar but received shape ${s.shape}`);const o={skipEmpty:t},a={input:r,delimiter:s},i=w.runKernel(ho,a,o);return{indices:i[0],values:i[1],shape:i[2]}}const Cm=m({stringSplit_:Rm});/**
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
 */function Bm(n,e){const t=d(n,"input","stringToHashBucketFast","string"),r={numBuckets:e};if(e<=0)throw new Error("Number of buckets must be at least 1");const s={input:t};return w.runKernel(fo,s,r)}const Pm=m({stringToHashBucketFast_:Bm});/**
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
 */function Om(n,e,t,r=!0){const s=d(n,"input","staticRegexReplace","string"),o={pattern:e,rewrite:t,replaceGlobal:r};return w.runKernel(po,{x:s},o)}const Fm=m({staticRegexReplace_:Om});/**
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
 */const Lm={fft:Tn,ifft:Tt,rfft:_n,irfft:Yo},Wm={hammingWindow:ug,hannWindow:sa,frame:oa,stft:pg},zm={flipLeftRight:wg,grayscaleToRGB:vg,resizeNearestNeighbor:Kg,resizeBilinear:Gg,rgbToGrayscale:xg,rotateWithOffset:Sg,cropAndResize:mg,nonMaxSuppression:Ag,nonMaxSuppressionAsync:Cg,nonMaxSuppressionWithScore:Pg,nonMaxSuppressionWithScoreAsync:Fg,nonMaxSuppressionPadded:Wg,nonMaxSuppressionPaddedAsync:qg,threshold:Xg,transform:Yg},qm={bandPart:Qg,gramSchmidt:tm,qr:rm},Um={absoluteDifference:am,computeWeightedLoss:$e,cosineDistance:cm,hingeLoss:um,huberLoss:dm,logLoss:pm,meanSquaredError:mm,sigmoidCrossEntropy:ym,softmaxCrossEntropy:xm},Gm={sparseFillEmptyRows:Sm,sparseReshape:Am,sparseSegmentMean:Tm,sparseSegmentSum:Nm},Hm={stringNGrams:Im,stringSplit:Cm,stringToHashBucketFast:Pm,staticRegexReplace:Fm};/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Km=new Map,cn=new Map;class la{getClassName(){return this.constructor.className}static fromConfig(e,t){return new e(t)}}class Ee{constructor(){this.classNameMap={}}static getMap(){return Ee.instance==null&&(Ee.instance=new Ee),Ee.instance}static register(e){Ee.getMap().classNameMap[e.className]=[e,e.fromConfig]}}function ua(n,e,t){p(n.className!=null,()=>"Class being registered does not have the static className property defined."),p(typeof n.className=="string",()=>"className is required to be a string, but got type "+typeof n.className),p(n.className.length>0,()=>"Class being registered has an empty-string as its className, which is disallowed."),typeof e>"u"&&(e="Custom"),typeof t>"u"&&(t=n.className);const r=t,s=e+">"+r;return Ee.register(n),Km.set(s,n),cn.set(n,s),n}function Vm(n){return cn.has(n)?cn.get(n):n.className}var jm=Object.freeze({__proto__:null,Serializable:la,SerializationMap:Ee,getRegisteredName:Vm,registerClass:ua});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Te extends la{minimize(e,t=!1,r){const{value:s,grads:o}=this.computeGradients(e,r);if(r!=null){const a=r.map(i=>({name:i.name,tensor:o[i.name]}));this.applyGradients(a)}else this.applyGradients(o);return Z(o),t?s:(s.dispose(),null)}get iterations(){return this.iterations_==null&&(this.iterations_=0),this.iterations_}incrementIterations(){this.iterations_=this.iterations+1}computeGradients(e,t){return Lo(e,t)}dispose(){this.iterations_!=null&&Z(this.iterations_)}async saveIterations(){return this.iterations_==null&&(this.iterations_=0),{name:"iter",tensor:O(this.iterations_,"int32")}}async getWeights(){throw new Error("getWeights() is not implemented for this optimizer yet.")}async setWeights(e){throw new Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`)}async extractIterations(e){return this.iterations_=(await e[0].tensor.data())[0],e.slice(1)}}Object.defineProperty(Te,Symbol.hasInstance,{value:n=>n.minimize!=null&&n.computeGradients!=null&&n.applyGradients!=null});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Cn extends Te{static get className(){return"Adadelta"}constructor(e,t,r=null){super(),this.learningRate=e,this.rho=t,this.epsilon=r,this.accumulatedGrads=[],this.accumulatedUpdates=[],r==null&&(this.epsilon=w.backend.epsilon())}applyGradients(e){(Array.isArray(e)?e.map(r=>r.name):Object.keys(e)).forEach((r,s)=>{const o=w.registeredVariables[r],a=!1;this.accumulatedGrads[s]==null&&(this.accumulatedGrads[s]={originalName:`${r}/accum_grad`,variable:V(()=>re(o).variable(a))}),this.accumulatedUpdates[s]==null&&(this.accumulatedUpdates[s]={originalName:`${r}/accum_var`,variable:V(()=>re(o).variable(a))});const i=Array.isArray(e)?e[s].tensor:e[r];if(i==null)return;const c=this.accumulatedGrads[s].variable,l=this.accumulatedUpdates[s].variable;V(()=>{const h=M(x(c,this.rho),x(ae(i),1-this.rho)),u=x(L(be(M(l,this.epsilon)),be(M(c,this.epsilon))),i),f=M(x(l,this.rho),x(ae(u),1-this.rho));c.assign(h),l.assign(f);const g=M(x(u,-this.learningRate),o);o.assign(g)})}),this.incrementIterations()}dispose(){this.accumulatedUpdates!=null&&(Z(this.accumulatedGrads.map(e=>e.variable)),Z(this.accumulatedUpdates.map(e=>e.variable)))}async getWeights(){const e=[...this.accumulatedGrads,...this.accumulatedUpdates];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);const t=e.length/2,r=!1;this.accumulatedGrads=e.slice(0,t).map(s=>({originalName:s.name,variable:s.tensor.variable(r)})),this.accumulatedUpdates=e.slice(t,t*2).map(s=>({originalName:s.name,variable:s.tensor.variable(r)}))}getConfig(){return{learningRate:this.learningRate,rho:this.rho,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.rho,t.epsilon)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Bn extends Te{static get className(){return"Adagrad"}constructor(e,t=.1){super(),this.learningRate=e,this.initialAccumulatorValue=t,this.accumulatedGrads=[]}applyGradients(e){(Array.isArray(e)?e.map(r=>r.name):Object.keys(e)).forEach((r,s)=>{const o=w.registeredVariables[r];this.accumulatedGrads[s]==null&&(this.accumulatedGrads[s]={originalName:`${r}/accumulator`,variable:V(()=>ht(o.shape,this.initialAccumulatorValue).variable(!1))});const a=Array.isArray(e)?e[s].tensor:e[r];if(a==null)return;const i=this.accumulatedGrads[s].variable;V(()=>{const c=M(i,ae(a));i.assign(c);const l=M(x(L(a,be(M(c,w.backend.epsilon()))),-this.learningRate),o);o.assign(l)})}),this.incrementIterations()}dispose(){this.accumulatedGrads!=null&&Z(this.accumulatedGrads.map(e=>e.variable))}async getWeights(){return[await this.saveIterations()].concat(this.accumulatedGrads.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);const t=!1;this.accumulatedGrads=e.map(r=>({originalName:r.name,variable:r.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,initialAccumulatorValue:this.initialAccumulatorValue}}static fromConfig(e,t){return new e(t.learningRate,t.initialAccumulatorValue)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Pn extends Te{static get className(){return"Adam"}constructor(e,t,r,s=null){super(),this.learningRate=e,this.beta1=t,this.beta2=r,this.epsilon=s,this.accumulatedFirstMoment=[],this.accumulatedSecondMoment=[],V(()=>{this.accBeta1=O(t).variable(),this.accBeta2=O(r).variable()}),s==null&&(this.epsilon=w.backend.epsilon())}applyGradients(e){const t=Array.isArray(e)?e.map(r=>r.name):Object.keys(e);V(()=>{const r=N(1,this.accBeta1),s=N(1,this.accBeta2);t.forEach((o,a)=>{const i=w.registeredVariables[o],c=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${o}/m`,variable:V(()=>re(i).variable(c))}),this.accumulatedSecondMoment[a]==null&&(this.accumulatedSecondMoment[a]={originalName:`${o}/v`,variable:V(()=>re(i).variable(c))});const l=Array.isArray(e)?e[a].tensor:e[o];if(l==null)return;const h=this.accumulatedFirstMoment[a].variable,u=this.accumulatedSecondMoment[a].variable,f=M(x(h,this.beta1),x(l,1-this.beta1)),g=M(x(u,this.beta2),x(ae(l),1-this.beta2)),b=L(f,r),v=L(g,s);h.assign(f),u.assign(g);const y=M(x(L(b,M(be(v),this.epsilon)),-this.learningRate),i);i.assign(y)}),this.accBeta1.assign(x(this.accBeta1,this.beta1)),this.accBeta2.assign(x(this.accBeta2,this.beta2))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.accBeta2.dispose(),this.accumulatedFirstMoment!=null&&Z(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedSecondMoment!=null&&Z(this.accumulatedSecondMoment.map(e=>e.variable))}async getWeights(){const e=[...this.accumulatedFirstMoment,...this.accumulatedSecondMoment];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e),V(()=>{this.accBeta1.assign(tt(this.beta1,this.iterations_+1)),this.accBeta2.assign(tt(this.beta2,this.iterations_+1))});const t=e.length/2,r=!1;this.accumulatedFirstMoment=e.slice(0,t).map(s=>({originalName:s.name,variable:s.tensor.variable(r)})),this.accumulatedSecondMoment=e.slice(t,t*2).map(s=>({originalName:s.name,variable:s.tensor.variable(r)}))}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class On extends Te{static get className(){return"Adamax"}constructor(e,t,r,s=null,o=0){super(),this.learningRate=e,this.beta1=t,this.beta2=r,this.epsilon=s,this.decay=o,this.accumulatedFirstMoment=[],this.accumulatedWeightedInfNorm=[],V(()=>{this.iteration=O(0).variable(),this.accBeta1=O(t).variable()}),s==null&&(this.epsilon=w.backend.epsilon())}applyGradients(e){const t=Array.isArray(e)?e.map(r=>r.name):Object.keys(e);V(()=>{const r=N(1,this.accBeta1),s=L(-this.learningRate,M(x(this.iteration,this.decay),1));t.forEach((o,a)=>{const i=w.registeredVariables[o],c=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${o}/m`,variable:re(i).variable(c)}),this.accumulatedWeightedInfNorm[a]==null&&(this.accumulatedWeightedInfNorm[a]={originalName:`${o}/v`,variable:re(i).variable(c)});const l=Array.isArray(e)?e[a].tensor:e[o];if(l==null)return;const h=this.accumulatedFirstMoment[a].variable,u=this.accumulatedWeightedInfNorm[a].variable,f=M(x(h,this.beta1),x(l,1-this.beta1)),g=x(u,this.beta2),b=ne(l),v=go(g,b);h.assign(f),u.assign(v);const y=M(x(L(s,r),L(f,M(v,this.epsilon))),i);i.assign(y)}),this.iteration.assign(M(this.iteration,1)),this.accBeta1.assign(x(this.accBeta1,this.beta1))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.iteration.dispose(),this.accumulatedFirstMoment!=null&&Z(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedWeightedInfNorm!=null&&Z(this.accumulatedWeightedInfNorm.map(e=>e.variable))}async getWeights(){throw new Error("getWeights() is not implemented for Adamax yet.")}async setWeights(e){throw new Error("setWeights() is not implemented for Adamax yet.")}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon,decay:this.decay}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon,t.decay)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Wt extends Te{static get className(){return"SGD"}constructor(e){super(),this.learningRate=e,this.setLearningRate(e)}applyGradients(e){(Array.isArray(e)?e.map(r=>r.name):Object.keys(e)).forEach((r,s)=>{const o=Array.isArray(e)?e[s].tensor:e[r];if(o==null)return;const a=w.registeredVariables[r];V(()=>{const i=M(x(this.c,o),a);a.assign(i)})}),this.incrementIterations()}setLearningRate(e){this.learningRate=e,this.c!=null&&this.c.dispose(),this.c=mo(O(-e))}dispose(){this.c.dispose()}async getWeights(){return[await this.saveIterations()]}async setWeights(e){if(e=await this.extractIterations(e),e.length!==0)throw new Error("SGD optimizer does not have settable weights.")}getConfig(){return{learningRate:this.learningRate}}static fromConfig(e,t){return new e(t.learningRate)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Fn extends Wt{static get className(){return"Momentum"}constructor(e,t,r=!1){super(e),this.learningRate=e,this.momentum=t,this.useNesterov=r,this.accumulations=[],this.m=O(this.momentum)}applyGradients(e){(Array.isArray(e)?e.map(r=>r.name):Object.keys(e)).forEach((r,s)=>{const o=w.registeredVariables[r];this.accumulations[s]==null&&(this.accumulations[s]={originalName:`${r}/momentum`,variable:V(()=>re(o).variable(!1))});const a=this.accumulations[s].variable,i=Array.isArray(e)?e[s].tensor:e[r];i!=null&&V(()=>{let c;const l=M(x(this.m,a),i);this.useNesterov?c=M(x(this.c,M(i,x(l,this.m))),o):c=M(x(this.c,l),o),a.assign(l),o.assign(c)})}),this.incrementIterations()}dispose(){this.m.dispose(),this.accumulations!=null&&Z(this.accumulations.map(e=>e.variable))}setMomentum(e){this.momentum=e}async getWeights(){return[await this.saveIterations()].concat(this.accumulations.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);const t=!1;this.accumulations=e.map(r=>({originalName:r.name,variable:r.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,momentum:this.momentum,useNesterov:this.useNesterov}}static fromConfig(e,t){return new e(t.learningRate,t.momentum,t.useNesterov)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Ln extends Te{static get className(){return"RMSProp"}constructor(e,t=.9,r=0,s=null,o=!1){if(super(),this.learningRate=e,this.decay=t,this.momentum=r,this.epsilon=s,this.accumulatedMeanSquares=[],this.accumulatedMoments=[],this.accumulatedMeanGrads=[],this.centered=o,s==null&&(this.epsilon=w.backend.epsilon()),e==null)throw new Error("learningRate for RMSPropOptimizer must be defined.")}applyGradients(e){(Array.isArray(e)?e.map(r=>r.name):Object.keys(e)).forEach((r,s)=>{const o=w.registeredVariables[r],a=!1;this.accumulatedMeanSquares[s]==null&&(this.accumulatedMeanSquares[s]={originalName:`${r}/rms`,variable:V(()=>re(o).variable(a))}),this.accumulatedMoments[s]==null&&(this.accumulatedMoments[s]={originalName:`${r}/momentum`,variable:V(()=>re(o).variable(a))}),this.accumulatedMeanGrads[s]==null&&this.centered&&(this.accumulatedMeanGrads[s]={originalName:`${r}/mg`,variable:V(()=>re(o).variable(a))});const i=Array.isArray(e)?e[s].tensor:e[r];if(i==null)return;const c=this.accumulatedMeanSquares[s].variable,l=this.accumulatedMoments[s].variable;V(()=>{const h=M(x(c,this.decay),x(ae(i),1-this.decay));if(this.centered){const u=this.accumulatedMeanGrads[s].variable,f=M(x(u,this.decay),x(i,1-this.decay)),g=L(x(i,this.learningRate),be(N(h,M(ae(f),this.epsilon)))),b=M(x(l,this.momentum),g);c.assign(h),u.assign(f),l.assign(b);const v=N(o,b);o.assign(v)}else{const u=M(x(c,this.decay),x(ae(i),1-this.decay)),f=M(x(l,this.momentum),L(x(i,this.learningRate),be(M(u,this.epsilon))));c.assign(u),l.assign(f);const g=N(o,f);o.assign(g)}})}),this.incrementIterations()}dispose(){this.accumulatedMeanSquares!=null&&Z(this.accumulatedMeanSquares.map(e=>e.variable)),this.accumulatedMeanGrads!=null&&this.centered&&Z(this.accumulatedMeanGrads.map(e=>e.variable)),this.accumulatedMoments!=null&&Z(this.accumulatedMoments.map(e=>e.variable))}async getWeights(){const e=[...this.accumulatedMeanSquares,...this.accumulatedMoments];return this.centered&&e.push(...this.accumulatedMeanGrads),[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);const t=this.centered?e.length/3:e.length/2,r=!1;this.accumulatedMeanSquares=e.slice(0,t).map(s=>({originalName:s.name,variable:s.tensor.variable(r)})),this.accumulatedMoments=e.slice(t,t*2).map(s=>({originalName:s.name,variable:s.tensor.variable(r)})),this.centered&&(this.accumulatedMeanGrads=e.slice(t*2,t*3).map(s=>({originalName:s.name,variable:s.tensor.variable(r)})))}getConfig(){return{learningRate:this.learningRate,decay:this.decay,momentum:this.momentum,epsilon:this.epsilon,centered:this.centered}}static fromConfig(e,t){return new e(t.learningRate,t.decay,t.momentum,t.epsilon,t.centered)}}/**
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
 */const Xm=[Cn,Bn,Pn,On,Fn,Ln,Wt];function Jm(){for(const n of Xm)ua(n)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Ym="model",Zm=".json",Qm=".weights.bin";function rr(n){return new Promise(e=>setTimeout(e)).then(n)}class Oe{constructor(e){if(!H().getBool("IS_BROWSER"))throw new Error("browserDownloads() cannot proceed because the current environment is not a browser.");e.startsWith(Oe.URL_SCHEME)&&(e=e.slice(Oe.URL_SCHEME.length)),(e==null||e.length===0)&&(e=Ym),this.modelJsonFileName=e+Zm,this.weightDataFileName=e+Qm}async save(e){if(typeof document>"u")throw new Error("Browser downloads are not supported in this environment since `document` is not present");const t=ce.join(e.weightData),r=window.URL.createObjectURL(new Blob([t],{type:"application/octet-stream"}));if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserDownloads.save() does not support saving model topology in binary formats yet.");{const s=[{paths:["./"+this.weightDataFileName],weights:e.weightSpecs}],o=xo(e,s),a=window.URL.createObjectURL(new Blob([JSON.stringify(o)],{type:"application/json"})),i=this.modelJsonAnchor==null?document.createElement("a"):this.modelJsonAnchor;if(i.download=this.modelJsonFileName,i.href=a,await rr(()=>i.dispatchEvent(new MouseEvent("click"))),e.weightData!=null){const c=this.weightDataAnchor==null?document.createElement("a"):this.weightDataAnchor;c.download=this.weightDataFileName,c.href=r,await rr(()=>c.dispatchEvent(new MouseEvent("click")))}return{modelArtifactsInfo:ut(e)}}}}Oe.URL_SCHEME="downloads://";class eb{constructor(e){if(e==null||e.length<1)throw new Error(`When calling browserFiles, at least 1 file is required, but received ${e}`);this.jsonFile=e[0],this.weightsFiles=e.slice(1)}async load(){return new Promise((e,t)=>{const r=new FileReader;r.onload=s=>{const o=JSON.parse(s.target.result),a=o.modelTopology;if(a==null){t(new Error(`modelTopology field is missing from file ${this.jsonFile.name}`));return}if(o.weightsManifest==null){t(new Error(`weightManifest field is missing from file ${this.jsonFile.name}`));return}if(this.weightsFiles.length===0){e({modelTopology:a});return}const c=vn(o,l=>this.loadWeights(l));e(c)},r.onerror=s=>t(`Failed to read model topology and weights manifest JSON from file '${this.jsonFile.name}'. BrowserFiles supports loading Keras-style tf.Model artifacts only.`),r.readAsText(this.jsonFile)})}loadWeights(e){const t=[],r=[];for(const a of e)t.push(...a.weights),r.push(...a.paths);const s=this.checkManifestAndWeightFiles(e),o=r.map(a=>this.loadWeightsFile(a,s[a]));return Promise.all(o).then(a=>[t,a])}loadWeightsFile(e,t){return new Promise((r,s)=>{const o=new FileReader;o.onload=a=>{const i=a.target.result;r(i)},o.onerror=a=>s(`Failed to weights data from file of path '${e}'.`),o.readAsArrayBuffer(t)})}checkManifestAndWeightFiles(e){const t=[],r=this.weightsFiles.map(o=>Kn(o.name)),s={};for(const o of e)o.paths.forEach(a=>{const i=Kn(a);if(t.indexOf(i)!==-1)throw new Error(`Duplicate file basename found in weights manifest: '${i}'`);if(t.push(i),r.indexOf(i)===-1)throw new Error(`Weight file with basename '${i}' is not provided.`);s[a]=this.weightsFiles[r.indexOf(i)]});if(t.length!==this.weightsFiles.length)throw new Error(`Mismatch in the number of files in weights manifest (${t.length}) and the number of weight files provided (${this.weightsFiles.length}).`);return s}}const tb=n=>H().getBool("IS_BROWSER")&&!Array.isArray(n)&&n.startsWith(Oe.URL_SCHEME)?nb(n.slice(Oe.URL_SCHEME.length)):null;q.registerSaveRouter(tb);function nb(n="model"){return new Oe(n)}function rb(n){return new eb(n)}/**
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
 */function sr(n,e,t,r){a(n),t=t??0,r=r??1,i(t,r);let s=0;const o=c=>(c.then(l=>{const h=t+ ++s/n.length*(r-t);return e(h),l}),c);function a(c){p(c!=null&&Array.isArray(c)&&c.length>0,()=>"promises must be a none empty array")}function i(c,l){p(c>=0&&c<=1,()=>`Progress fraction must be in range [0, 1], but got startFraction ${c}`),p(l>=0&&l<=1,()=>`Progress fraction must be in range [0, 1], but got endFraction ${l}`),p(l>=c,()=>`startFraction must be no more than endFraction, but got startFraction ${c} and endFraction ${l}`)}return Promise.all(n.map(o))}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */async function ha(n,e){e==null&&(e={});const t=e.fetchFunc==null?H().platform.fetch:e.fetchFunc,r=n.map(u=>t(u,e.requestInit,{isBinary:!0})),i=(e.onProgress==null?await Promise.all(r):await sr(r,e.onProgress,0,.5)).map(u=>u.arrayBuffer());return e.onProgress==null?await Promise.all(i):await sr(i,e.onProgress,.5,1)}function sb(n,e){var t;const r=e.fetchFunc==null?H().platform.fetch:e.fetchFunc;let s=0,o;return(t=e.onProgress)===null||t===void 0||t.call(e,0),new ReadableStream({pull:async a=>{for(var i;s<n.length;){o||(o=(await r(n[s],e.requestInit,{isBinary:!0})).body.getReader());const{done:c,value:l}=await o.read();if(c){s++,o=void 0,(i=e.onProgress)===null||i===void 0||i.call(e,s/n.length);continue}a.enqueue(l);return}a.close()}})}async function ob(n,e="",t,r){return da(a=>ha(a,{requestInit:r}))(n,e,t)}function da(n){return async(e,t="",r)=>{const s=e.map(()=>!1),o={},a=r!=null?r.map(()=>!1):[],i=[];if(e.forEach((g,b)=>{let v=0;g.weights.forEach(y=>{const E="quantization"in y?y.quantization.dtype:y.dtype,I=Ce[E]*j(y.shape),R=()=>{s[b]=!0,o[b]==null&&(o[b]=[]),o[b].push({manifestEntry:y,groupOffset:v,sizeBytes:I})};r!=null?r.forEach((S,A)=>{S===y.name&&(R(),a[A]=!0)}):R(),i.push(y.name),v+=I})}),!a.every(g=>g)){const g=r.filter((b,v)=>!a[v]);throw new Error(`Could not find weights in manifest with names: ${g.join(", ")}. 
Manifest JSON has weights with names: ${i.join(", ")}.`)}const c=s.reduce((g,b,v)=>(b&&g.push(v),g),[]),l=[];c.forEach(g=>{e[g].paths.forEach(b=>{const v=t+(t.endsWith("/")?"":"/")+b;l.push(v)})});const h=await n(l),u={};let f=0;return c.forEach(g=>{const b=e[g].paths.length,v=new ce(h.slice(f,f+b));o[g].forEach(E=>{const I=v.slice(E.groupOffset,E.groupOffset+E.sizeBytes),R=vo(I,[E.manifestEntry]);for(const S in R)u[S]=R[S]}),f+=b}),u}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const ab="application/octet-stream",ib="application/json";class Wn{constructor(e,t){if(this.DEFAULT_METHOD="POST",t==null&&(t={}),this.weightPathPrefix=t.weightPathPrefix,this.weightUrlConverter=t.weightUrlConverter,t.fetchFunc!=null?(p(typeof t.fetchFunc=="function",()=>"Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"),this.fetch=t.fetchFunc):this.fetch=H().platform.fetch,p(e!=null&&e.length>0,()=>"URL path for http must not be null, undefined or empty."),Array.isArray(e)&&p(e.length===2,()=>`URL paths for http must have a length of 2, (actual length is ${e.length}).`),this.path=e,t.requestInit!=null&&t.requestInit.body!=null)throw new Error("requestInit is expected to have no pre-existing body, but has one.");this.requestInit=t.requestInit||{},this.loadOptions=t}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.");const t=Object.assign({method:this.DEFAULT_METHOD},this.requestInit);t.body=new FormData;const r=[{paths:["./model.weights.bin"],weights:e.weightSpecs}],s=xo(e,r);if(t.body.append("model.json",new Blob([JSON.stringify(s)],{type:ib}),"model.json"),e.weightData!=null){const a=ce.join(e.weightData);t.body.append("model.weights.bin",new Blob([a],{type:ab}),"model.weights.bin")}const o=await this.fetch(this.path,t);if(o.ok)return{modelArtifactsInfo:ut(e),responses:[o]};throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${o.status}.`)}async loadModelJSON(){const e=await this.fetch(this.path,this.requestInit);if(!e.ok)throw new Error(`Request to ${this.path} failed with status code ${e.status}. Please verify this URL points to the model JSON of the model to load.`);let t;try{t=await e.json()}catch{let a=`Failed to parse model JSON of response from ${this.path}.`;throw this.path.endsWith(".pb")?a+=" Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository.":a+=" Please make sure the server is serving valid JSON for this request.",new Error(a)}const r=t.modelTopology,s=t.weightsManifest;if(r==null&&s==null)throw new Error(`The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`);return t}async load(){if(this.loadOptions.streamWeights)return this.loadStream();const e=await this.loadModelJSON();return vn(e,t=>this.loadWeights(t))}async loadStream(){const e=await this.loadModelJSON(),t=await this.getWeightUrls(e.weightsManifest),r=Qt(e.weightsManifest),s=()=>sb(t,this.loadOptions);return Object.assign(Object.assign({},e),{weightSpecs:r,getWeightStream:s})}async getWeightUrls(e){const t=Array.isArray(this.path)?this.path[1]:this.path,[r,s]=cb(t),o=this.weightPathPrefix||r,a=[],i=[];for(const c of e)for(const l of c.paths)this.weightUrlConverter!=null?i.push(this.weightUrlConverter(l)):a.push(o+l+s);return this.weightUrlConverter&&a.push(...await Promise.all(i)),a}async loadWeights(e){const t=await this.getWeightUrls(e),r=Qt(e),s=await ha(t,this.loadOptions);return[r,s]}}Wn.URL_SCHEME_REGEX=/^https?:\/\//;function cb(n){const e=n.lastIndexOf("/"),t=n.lastIndexOf("?"),r=n.substring(0,e),s=t>e?n.substring(t):"";return[r+"/",s]}function ln(n){return n.match(Wn.URL_SCHEME_REGEX)!=null}const fa=(n,e)=>{if(typeof fetch>"u"&&(e==null||e.fetchFunc==null))return null;{let t=!0;if(Array.isArray(n)?t=n.every(r=>ln(r)):t=ln(n),t)return zn(n,e)}return null};q.registerSaveRouter(fa);q.registerLoadRouter(fa);function zn(n,e){return new Wn(n,e)}function lb(n,e){return zn(n,e)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class Ut{constructor(e){this.modelArtifacts=e}load(){return this.modelArtifacts}}class pa{constructor(e){this.saveHandler=e}save(e){return this.saveHandler(e)}}class ub{constructor(e){e.load&&(this.load=()=>Promise.resolve(e.load())),e.save&&(this.save=t=>Promise.resolve(e.save(t)))}}function hb(n,e,t,r){const s=arguments;return new ub(ga(...s))}function ga(n,e,t,r){return arguments.length===1?n.modelTopology!=null||n.weightSpecs!=null?new Ut(n):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Ut({modelTopology:n})):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Ut({modelTopology:n,weightSpecs:e,weightData:t,trainingConfig:r}))}function db(n){return new pa(n)}function fb(n){return new pa(n)}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */var pb=Object.freeze({__proto__:null,CompositeArrayBuffer:ce,browserFiles:rb,browserHTTPRequest:lb,concatenateArrayBuffers:El,copyModel:Hl,decodeWeights:vo,decodeWeightsStream:yl,encodeWeights:ml,fromMemory:hb,fromMemorySync:ga,getLoadHandlers:Dl,getModelArtifactsForJSON:vn,getModelArtifactsForJSONSync:Eo,getModelArtifactsInfoForJSON:ut,getSaveHandlers:Nl,getWeightSpecs:Qt,http:zn,isHTTPScheme:ln,listModels:Ul,loadWeights:ob,moveModel:Kl,registerLoadRouter:_l,registerSaveRouter:Tl,removeModel:Gl,weightsLoaderFactory:da,withSaveHandler:db,withSaveHandlerSync:fb});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function gb(n,e,t){const r=d(n,"labels","confusionMatrix"),s=d(e,"predictions","confusionMatrix");p(t==null||t>0&&Number.isInteger(t),()=>`If provided, numClasses must be a positive integer, but got ${t}`),p(r.rank===1,()=>`Expected the rank of labels to be 1, but got ${r.rank}`),p(s.rank===1,()=>`Expected the rank of predictions to be 1, but got ${s.rank}`),p(r.shape[0]===s.shape[0],()=>`Mismatch in the number of examples: ${r.shape[0]} vs. ${s.shape[0]}. Labels and predictions should have the same number of elements.`),p(t>0&&Number.isInteger(t),()=>`numClasses is required to be a positive integer, but got ${t}`);const o=on(U(r,"int32"),t),a=on(U(s,"int32"),t),i=kt(o),c=P(i,a);return U(c,"int32")}const mb=m({confusionMatrix_:gb});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */var bb=Object.freeze({__proto__:null,confusionMatrix:mb});/**
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
 */let _e,or=!1;function ma(n,e=3){if(e>4)throw new Error("Cannot construct Tensor with more than 4 channels from pixels.");if(n==null)throw new Error("pixels passed to tf.browser.fromPixels() can not be null");let t=!1,r=!1,s=!1,o=!1,a=!1,i=!1;if(n.data instanceof Uint8Array)t=!0;else if(typeof ImageData<"u"&&n instanceof ImageData)r=!0;else if(typeof HTMLVideoElement<"u"&&n instanceof HTMLVideoElement)s=!0;else if(typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement)o=!0;else if(n.getContext!=null)a=!0;else if(typeof ImageBitmap<"u"&&n instanceof ImageBitmap)i=!0;else throw new Error(`pixels passed to tf.browser.fromPixels() must be either an HTMLVideoElement, HTMLImageElement, HTMLCanvasElement, ImageData in browser, or OffscreenCanvas, ImageData in webworker or {data: Uint32Array, width: number, height: number}, but was ${n.constructor.name}`);if(wn(Jt,w.backendName)!=null){const b={pixels:n},v={numChannels:e};return w.runKernel(Jt,b,v)}const[l,h]=s?[n.videoWidth,n.videoHeight]:[n.width,n.height];let u;if(a)u=n.getContext("2d").getImageData(0,0,l,h).data;else if(r||t)u=n.data;else if(o||s||i){if(_e==null)if(typeof document>"u")if(typeof OffscreenCanvas<"u"&&typeof OffscreenCanvasRenderingContext2D<"u")_e=new OffscreenCanvas(1,1).getContext("2d");else throw new Error("Cannot parse input in current context. Reason: OffscreenCanvas Context2D rendering is not supported.");else _e=document.createElement("canvas").getContext("2d",{willReadFrequently:!0});_e.canvas.width=l,_e.canvas.height=h,_e.drawImage(n,0,0,l,h),u=_e.getImageData(0,0,l,h).data}let f;if(e===4)f=new Int32Array(u);else{const b=l*h;f=new Int32Array(b*e);for(let v=0;v<b;v++)for(let y=0;y<e;++y)f[v*e+y]=u[v*4+y]}return Qo(f,[h,l,e],"int32")}function wb(n){return n!=null&&n.data instanceof Uint8Array}function yb(){return typeof window<"u"&&typeof ImageBitmap<"u"&&window.hasOwnProperty("createImageBitmap")}function vb(n){return n!=null&&n.width!==0&&n.height!==0}function $b(n){return yb()&&!(n instanceof ImageBitmap)&&vb(n)&&!wb(n)}async function xb(n,e=3){let t=null;if(H().getBool("WRAP_TO_IMAGEBITMAP")&&$b(n)){let r;try{r=await createImageBitmap(n,{premultiplyAlpha:"none"})}catch{r=null}r!=null&&r.width===n.width&&r.height===n.height?t=r:t=n}else t=n;return ma(t,e)}function ba(n){if(n.rank!==2&&n.rank!==3)throw new Error(`toPixels only supports rank 2 or 3 tensors, got rank ${n.rank}.`);const e=n.rank===2?1:n.shape[2];if(e>4||e===2)throw new Error(`toPixels only supports depth of size 1, 3 or 4 but got ${e}`);if(n.dtype!=="float32"&&n.dtype!=="int32")throw new Error(`Unsupported type for toPixels: ${n.dtype}. Please use float32 or int32 tensors.`)}function Eb(n){const e=n?.alpha||1;if(e>1||e<0)throw new Error(`Alpha value ${e} is suppoed to be in range [0 - 1].`)}async function Sb(n,e){let t=d(n,"img","toPixels");if(!(n instanceof he)){const l=t;t=U(l,"int32"),l.dispose()}ba(t);const[r,s]=t.shape.slice(0,2),o=t.rank===2?1:t.shape[2],a=await t.data(),i=t.dtype==="float32"?255:1,c=new Uint8ClampedArray(s*r*4);for(let l=0;l<r*s;++l){const h=[0,0,0,255];for(let f=0;f<o;f++){const g=a[l*o+f];if(t.dtype==="float32"){if(g<0||g>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${g}.`)}else if(t.dtype==="int32"&&(g<0||g>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${g}.`);o===1?(h[0]=g*i,h[1]=g*i,h[2]=g*i):h[f]=g*i}const u=l*4;c[u+0]=Math.round(h[0]),c[u+1]=Math.round(h[1]),c[u+2]=Math.round(h[2]),c[u+3]=Math.round(h[3])}if(e!=null){or||wn(bn,w.backendName)!=null&&(console.warn("tf.browser.toPixels is not efficient to draw tensor on canvas. Please try tf.browser.draw instead."),or=!0),e.width=s,e.height=r;const l=e.getContext("2d"),h=new ImageData(c,s,r);l.putImageData(h,0,0)}return t!==n&&t.dispose(),c}function kb(n,e,t){let r=d(n,"img","draw");if(!(n instanceof he)){const a=r;r=U(a,"int32"),a.dispose()}ba(r),Eb(t?.imageOptions);const s={image:r},o={canvas:e,options:t};w.runKernel(bn,s,o)}const Ab=m({fromPixels_:ma});var Mb=Object.freeze({__proto__:null,draw:kb,fromPixels:Ab,fromPixelsAsync:xb,toPixels:Sb});function wa(n,e){const t=n.shape.length,r=e.shape.length;if(t<1)throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${t}.`);if(r<1)throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${r}.`);if(e.dtype!=="int32")throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${e.dtype}.`);if(e.shape[r-1]>t)throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${e.shape[r-1]} vs. ${t}`);if(j(n.shape)===0)throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${n.shape}.`);const s=e.shape,o=s[s.length-1];let a=1;for(let u=0;u<s.length-1;++u)a*=s[u];const i=n.shape,c=s.slice();c.pop();let l=1;for(let u=o;u<t;++u)l*=i[u],c.push(i[u]);const h=[...Ls(n.shape).map(u=>u/l),1].slice(0,o);return[c,a,l,h]}var Tb=Object.freeze({__proto__:null,prepareAndValidate:wa});/** @license See the LICENSE file. */const _b="4.22.0";/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */class ya{static sgd(e){return new Wt(e)}static momentum(e,t,r=!1){return new Fn(e,t,r)}static rmsprop(e,t=.9,r=0,s=null,o=!1){return new Ln(e,t,r,s,o)}static adam(e=.001,t=.9,r=.999,s=null){return new Pn(e,t,r,s)}static adadelta(e=.001,t=.95,r=null){return new Cn(e,t,r)}static adamax(e=.002,t=.9,r=.999,s=null,o=0){return new On(e,t,r,s,o)}static adagrad(e,t=.1){return new Bn(e,t)}}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Nb=ya;/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */const Db=typeof requestAnimationFrame<"u"?requestAnimationFrame:typeof setImmediate<"u"?setImmediate:n=>n();function Ib(){return new Promise(n=>Db(()=>n()))}/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */function Rb(n,e){const t=n[0].length;n.forEach((s,o)=>{p(s.length===t,()=>`Error in concat${t}D: rank of tensors[${o}] must be the same as the rank of the rest (${t})`)}),p(e>=0&&e<t,()=>`Error in concat${t}D: axis must be between 0 and ${t-1}.`);const r=n[0];n.forEach((s,o)=>{for(let a=0;a<t;a++)p(a===e||s[a]===r[a],()=>`Error in concat${t}D: Shape of tensors[${o}] (${s}) does not match the shape of the rest (${r}) along the non-concatenated axis ${o}.`)})}function Cb(n,e){const t=n[0].slice();for(let r=1;r<n.length;r++)t[e]+=n[r][e];return t}/**
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
 */var le;(function(n){n[n.FIRST_DIM_SIZE=0]="FIRST_DIM_SIZE",n[n.VALUE_ROWIDS=1]="VALUE_ROWIDS",n[n.ROW_LENGTHS=2]="ROW_LENGTHS",n[n.ROW_SPLITS=3]="ROW_SPLITS",n[n.ROW_LIMITS=4]="ROW_LIMITS",n[n.ROW_STARTS=5]="ROW_STARTS"})(le||(le={}));function Bb(n,e,t){let r=new Array;if(t==null&&e==null)return r;if(e==null)for(;r.length<n+t.length;)r.push(-1);else r=e.slice();if(t==null)return r;if(n+t.length!==r.length)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.rank = ${n+t.length}, but shape.rank = ${r.length}`);for(let s=1;s<t.length;++s){const o=t[s],a=r[r.length-t.length+s],i=r[a];if(o>=0)if(i>=0){if(i!==o)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.shape[${s+n}] = ${o} but shape[${s+n}] = ${i}`)}else r[a]=o}return r}function Pb(n){const e={FIRST_DIM_SIZE:le.FIRST_DIM_SIZE,VALUE_ROWIDS:le.VALUE_ROWIDS,ROW_LENGTHS:le.ROW_LENGTHS,ROW_SPLITS:le.ROW_SPLITS,ROW_LIMITS:le.ROW_LIMITS,ROW_STARTS:le.ROW_STARTS},t=[];for(const r of n)if(r in e)t.push(e[r]);else break;return t}function Ob(n){return n.length===0?0:n[0]===le.FIRST_DIM_SIZE?n.length-1:n.length}function Fb(n,e){if(n==null||e==null)return;const t=n.length,r=e.length;if(t>=r)throw new Error(`defaultValue.shape=${n} and ragged tensor flatValues.shape=${e}, are incompatible: defaultValue.rank = ${t} must be less than ragged tensor input flatValues.rank = ${r})`);for(let s=0;s<Math.min(t,r-1);++s){const o=n[s],a=e[s+1];if(o>=0&&a>=0&&o!==1&&o!==a)throw new Error(`defaultValue.shape=${n}, and ragged tensor input flatValues.shape=${e} are incompatible: defaultValue.shape[${s-n.length}] = ${o} but ragged tensor input.flatValues.shape[${s-n.length}] = ${a}`)}}/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */const qn=30;function Lb(n){return n<=qn?n:Yt(n,Math.floor(Math.sqrt(n)))}/**
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
 */function Wb(n,e,t){const r=t*(typeof n=="number"?n:n[0]),s=e*(typeof n=="number"?n:n[1]);return[r,s]}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function zb(n,e,t,r=!0){let s=[];if(r)s=s.concat(e.slice(0)),s.push(n[0]/t),s=s.concat(n.slice(1));else{s=s.concat(n[0]);const o=e.length;for(let a=0;a<o;++a)s=s.concat([n[a+1]/e[a],e[a]]);s=s.concat(n.slice(o+1))}return s}function qb(n,e,t=!0){const r=[];if(t){r.push(e);for(let s=e+1;s<n;++s)s<=2*e?(r.push(s),r.push(s-(e+1))):r.push(s)}else{const s=[],o=[];for(let a=1;a<n;++a)a>=e*2+1||a%2===1?o.push(a):s.push(a);r.push(...s),r.push(0),r.push(...o)}return r}function Ub(n,e,t,r=!0){const s=[];r?s.push(n[0]/t):s.push(n[0]*t);for(let o=1;o<n.length;++o)o<=e.length?r?s.push(e[o-1]*n[o]):s.push(n[o]/e[o-1]):s.push(n[o]);return s}function Gb(n,e){const t=[0];for(let r=0;r<e;++r)t.push(n[r][0]);return t}function Hb(n,e,t){const r=n.slice(0,1);for(let s=0;s<t;++s)r.push(n[s+1]-e[s][0]-e[s][1]);return r}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */const Kb=.3275911,Vb=.254829592,jb=-.284496736,Xb=1.421413741,Jb=-1.453152027,Yb=1.061405429;/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Zb(n,e){if(n.length!==e.length)throw new Error(`Cannot merge real and imag arrays of different lengths. real:${n.length}, imag: ${e.length}.`);const t=new Float32Array(n.length*2);for(let r=0;r<t.length;r+=2)t[r]=n[r/2],t[r+1]=e[r/2];return t}function Qb(n){const e=new Float32Array(n.length/2),t=new Float32Array(n.length/2);for(let r=0;r<n.length;r+=2)e[r/2]=n[r],t[r/2]=n[r+1];return{real:e,imag:t}}function ew(n){const e=Math.ceil(n.length/4),t=new Float32Array(e),r=new Float32Array(e);for(let s=0;s<n.length;s+=4)t[Math.floor(s/4)]=n[s],r[Math.floor(s/4)]=n[s+1];return{real:t,imag:r}}function tw(n){const e=Math.floor(n.length/4),t=new Float32Array(e),r=new Float32Array(e);for(let s=2;s<n.length;s+=4)t[Math.floor(s/4)]=n[s],r[Math.floor(s/4)]=n[s+1];return{real:t,imag:r}}function nw(n,e){const t=n[e*2],r=n[e*2+1];return{real:t,imag:r}}function rw(n,e,t,r){n[r*2]=e,n[r*2+1]=t}function sw(n,e){const t=new Float32Array(n/2),r=new Float32Array(n/2);for(let s=0;s<Math.ceil(n/2);s++){const o=(e?2:-2)*Math.PI*(s/n);t[s]=Math.cos(o),r[s]=Math.sin(o)}return{real:t,imag:r}}function ow(n,e,t){const r=(t?2:-2)*Math.PI*(n/e),s=Math.cos(r),o=Math.sin(r);return{real:s,imag:o}}/**
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
 */const Gt="->",aw=/->/g,ar=",",ir="...";function iw(n,e){n=n.replace(/\s/g,"");const t=(n.length-n.replace(aw,"").length)/Gt.length;if(t<1)throw new Error("Equations without an arrow are not supported.");if(t>1)throw new Error(`Equation must contain exactly one arrow ("${Gt}").`);const[r,s]=n.split(Gt);p(r.indexOf(ir)===-1,()=>`The ellipsis notation ("${ir}") is not supported yet.`);const o=r.split(ar),a=o.length;if(e!==a)throw new Error(`Expected ${a} input tensors, received ${e}`);if(a>2)throw new Error("Support for more than 2 input tensors is not implemented yet.");const i=[];for(let f=0;f<s.length;++f){const g=s[f];if(!o.some(b=>b.indexOf(g)!==-1))throw new Error(`Output subscripts contain the label ${g} not present in the input subscripts.`);i.indexOf(g)===-1&&i.push(g)}for(let f=0;f<r.length;++f){const g=r[f];i.indexOf(g)===-1&&g!==ar&&i.push(g)}const c=new Array(o.length);for(let f=0;f<a;++f){if(new Set(o[f].split("")).size!==o[f].length)throw new Error(`Found duplicate axes in input component ${o[f]}. Support for duplicate axes in input is not implemented yet.`);c[f]=[];for(let g=0;g<o[f].length;++g)c[f].push(i.indexOf(o[f][g]))}const l=i.length,h=s.length,u=[];for(let f=h;f<l;++f)u.push(f);return{allDims:i,summedDims:u,idDims:c}}function cw(n,e){let t=new Array(n);t.fill(-1);for(let s=0;s<e.length;++s)t[e[s]]=s;const r=[];for(let s=0;s<n;++s)t[s]===-1&&r.push(s);return t=t.filter(s=>s!==-1),{permutationIndices:t,expandDims:r}}function lw(n,e,t){const r=new Array(n);for(let s=0;s<t.length;++s){const o=t[s].shape;for(let a=0;a<e[s].length;++a)r[e[s][a]]===void 0?r[e[s][a]]=o[a]:p(r[e[s][a]]===o[a],()=>`Expected dimension ${r[e[s][a]]} at axis ${a} of input shaped ${JSON.stringify(o)}, but got dimension ${o[a]}`)}}function uw(n,e){const t=n,r=[];let s=0;n.length===0&&t.push(-1),s=n.length+1;for(let a=0;a<s;++a)r.push([]);const o=[];for(let a=0;a<t.length;++a){const i=t[a],c=dw(e,i);for(const l of c)o.indexOf(l)===-1&&(r[a].push(l),o.push(l))}return{path:t,steps:r}}function hw(n){return n.every((e,t)=>e===t)}function dw(n,e){const t=[];for(let r=0;r<n.length;++r)(n[r].length===0||n[r].indexOf(e)!==-1||e===-1)&&t.push(r);return t}function fw(n,e,t=0){let r=[];if(typeof e=="number")p(n.shape[t]%e===0,()=>"Number of splits must evenly divide the axis."),r=new Array(e).fill(n.shape[t]/e);else{const s=e.reduce((a,i)=>(i===-1&&(a+=1),a),0);p(s<=1,()=>"There should be only one negative value in split array.");const o=e.indexOf(-1);if(o!==-1){const a=e.reduce((i,c)=>c>0?i+c:i);e[o]=n.shape[t]-a}p(n.shape[t]===e.reduce((a,i)=>a+i),()=>"The sum of sizes must match the size of the axis dimension."),r=e}return r}/**
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
 */function pw(n){return`Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${n}`}function gw(n,e){return`indices(${n}, 0) is invalid: ${e} < 0`}function mw(n,e,t){return`indices(${n}, 0) is invalid: ${e} >= ${t}`}/**
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
 */function bw(n,e){return`only one output dimension may be -1, not both ${n} and ${e}`}function ww(n,e){return`size ${n} must be non-negative, not ${e}`}function yw(){return"reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero"}function vw(n,e){const t=j(n),r=j(e);return`Input to reshape is a SparseTensor with ${t}
  dense values, but the requested shape requires a multiple of ${r}. inputShape=${n} outputShape= ${e}`}function $w(n,e){const t=j(n),r=j(e);return`Input to reshape is a tensor with ${t} dense values, but the requested shape has ${r}. inputShape=${n} outputShape=${e}`}/**
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
 */function xw(){return"segment ids must be >= 0"}function Ew(){return"segment ids are not increasing"}function Sw(n,e){return`Segment id ${n} out of range [0, ${e}), possibly because segmentIds input is not sorted.`}function kw(n,e,t){return`Bad: indices[${n}] == ${e} out of range [0, ${t})`}/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Aw(n,e){let t=!1,r;for(n<=qn?(r=n,t=!0):r=Yt(n,Math.floor(Math.sqrt(n)));!t;)r>e||r===n?t=!0:r=Yt(n,r+1);return r}function Mw(n,e,t){const r=[],s=n.length;for(let o=0;o<s;o++)o!==e?r.push(n[o]):r.push(t);return r}function Tw(n,e,t,r){const s=e.shape.length,o=n.shape.length;if(r!==0&&(r<-s||r>s))throw new Error(`Expect batchDims in the range of [-${s}, ${s}], but got ${r}`);if(r<0&&(r+=s),r>o)throw new Error(`batchDims (${r}) must be less than rank(x) (
    ${o}).`);if(t<r)throw new Error(`batchDims (${r}) must be less than or equal to axis (${t}).`);for(let u=0;u<r;++u)if(n.shape[u]!==e.shape[u])throw new Error(`x.shape[${u}]: ${n.shape[u]} should be equal to indices.shape[${u}]: ${e.shape[u]}.`);const a=n.shape[t],i=[];let c=1,l=1,h=1;for(let u=0;u<r;++u)i.push(n.shape[u]),c*=n.shape[u];for(let u=r;u<t;u++)i.push(n.shape[u]),l*=n.shape[u];for(let u=r;u<s;u++)i.push(e.shape[u]);for(let u=t+1;u<o;u++)i.push(n.shape[u]),h*=n.shape[u];return{batchSize:c,sliceSize:h,outerSize:l,dimSize:a,outputShape:i}}var _w=Object.freeze({__proto__:null,collectGatherOpShapeInfo:Tw,computeOutShape:Mw,segOpComputeOptimalWindowSize:Aw});/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
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
 */function Nw(n){try{return n.map(e=>Ba(e))}catch(e){throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`)}}function Dw(n){return n.map(e=>ks(e))}var Iw=Object.freeze({__proto__:null,ERF_A1:Vb,ERF_A2:jb,ERF_A3:Xb,ERF_A4:Jb,ERF_A5:Yb,ERF_P:Kb,PARALLELIZE_THRESHOLD:qn,get RowPartitionType(){return le},SELU_SCALE:Pa,SELU_SCALEALPHA:Oa,applyActivation:Ft,assertAndGetBroadcastShape:ie,assertAxesAreInnerMostDims:Fa,assertParamsConsistent:Rb,assignToTypedArray:rw,axesAreInnerMostDims:La,calculateShapes:ea,checkEinsumDimSizes:lw,checkPadOnDimRoundingMode:ve,combineLocations:Wa,combineRaggedTensorToTensorShapes:Bb,complexWithEvenIndex:ew,complexWithOddIndex:tw,computeConv2DInfo:fn,computeConv3DInfo:za,computeDefaultPad:qa,computeDilation2DInfo:Ua,computeOptimalWindowSize:Lb,computeOutAndReduceShapes:Ga,computeOutShape:Cb,computePool2DInfo:bs,computePool3DInfo:Ha,convertConv2DDataFormat:Ka,decodeEinsumEquation:iw,eitherStridesOrDilationsAreOne:Me,expandShapeToKeepDim:it,exponent:ow,exponents:sw,fromStringArrayToUint8:Dw,fromUint8ToStringArray:Nw,getAxesPermutation:Va,getBroadcastDims:ja,getComplexWithIndex:nw,getEinsumComputePath:uw,getEinsumPermutation:cw,getFusedBiasGradient:Ot,getFusedDyActivation:Pt,getImageCenter:Wb,getInnerMostAxes:Xa,getPermuted:qb,getRaggedRank:Ob,getReductionAxes:js,getReshaped:zb,getReshapedPermuted:Ub,getRowPartitionTypesHelper:Pb,getSliceBeginCoords:Gb,getSliceSize:Hb,getSparseFillEmptyRowsIndicesDenseShapeMismatch:pw,getSparseFillEmptyRowsNegativeIndexErrorMessage:gw,getSparseFillEmptyRowsOutOfRangeIndexErrorMessage:mw,getSparseReshapeEmptyTensorZeroOutputDimErrorMessage:yw,getSparseReshapeInputOutputMismatchErrorMessage:$w,getSparseReshapeInputOutputMultipleErrorMessage:vw,getSparseReshapeMultipleNegativeOneOutputDimErrorMessage:bw,getSparseReshapeNegativeOutputDimErrorMessage:ww,getSparseSegmentReductionIndicesOutOfRangeErrorMessage:kw,getSparseSegmentReductionNegativeSegmentIdsErrorMessage:xw,getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage:Ew,getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage:Sw,getUndoAxesPermutation:Ja,isIdentityPermutation:hw,log:Ya,mergeRealAndImagArrays:Zb,prepareAndValidate:wa,prepareSplitSize:fw,segment_util:_w,shouldFuse:Lt,slice_util:bo,splitRealAndImagArrays:Qb,stridesOrDilationsArePositive:et,tupleValuesAreOne:pn,upcastType:wo,validateDefaultValueShape:Fb,validateInput:Bt,validateUpdateShape:Dn,warn:Za});/**
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
 */var Rw=Object.freeze({__proto__:null,nonMaxSuppressionV3Impl:aa,nonMaxSuppressionV4Impl:ia,nonMaxSuppressionV5Impl:ca,whereImpl:ta});/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
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
 */Jm();var Bw=Object.freeze({__proto__:null,Abs:hr,Acos:dr,Acosh:fr,AdadeltaOptimizer:Cn,AdagradOptimizer:Bn,AdamOptimizer:Pn,AdamaxOptimizer:On,Add:Qa,AddN:pr,All:gr,Any:mr,ArgMax:br,ArgMin:wr,Asin:yr,Asinh:vr,Atan:$r,Atan2:xr,Atanh:Er,AvgPool:Sr,AvgPool3D:kr,AvgPool3DGrad:ei,AvgPoolGrad:ti,BatchMatMul:ni,BatchToSpaceND:ri,Bincount:Tr,BitwiseAnd:_r,BroadcastArgs:Nr,BroadcastTo:si,Cast:oi,Ceil:Dr,ClipByValue:Rr,Complex:ai,ComplexAbs:ur,Concat:ii,Conv2D:ci,Conv2DBackpropFilter:li,Conv2DBackpropInput:ui,Conv3D:Br,Conv3DBackpropFilterV2:hi,Conv3DBackpropInputV2:di,Cos:fi,Cosh:pi,CropAndResize:Js,Cumprod:gi,Cumsum:mi,DataStorage:bi,DenseBincount:Pr,DepthToSpace:Or,DepthwiseConv2dNative:Fr,DepthwiseConv2dNativeBackpropFilter:wi,DepthwiseConv2dNativeBackpropInput:yi,Diag:Lr,Dilation2D:Wr,Dilation2DBackpropFilter:vi,Dilation2DBackpropInput:$i,Draw:bn,get ENV(){return xi},Einsum:qr,Elu:Ur,EluGrad:Ei,Environment:Si,Equal:ki,Erf:Gr,Exp:Ai,ExpandDims:Mi,Expm1:Vr,FFT:Cs,Fill:Ir,FlipLeftRight:Ys,Floor:Ti,FloorDiv:_i,FromPixels:Jt,FusedBatchNorm:Mr,FusedConv2D:Kt,FusedDepthwiseConv2D:Vt,GatherNd:Ks,GatherV2:Ni,Greater:Di,GreaterEqual:Ii,IFFT:Bs,Identity:Ri,Imag:Ci,IsFinite:jr,IsInf:Xr,IsNan:Jr,KernelBackend:Bi,LRN:Qr,LRNGrad:Pi,LeakyRelu:Yr,Less:Oi,LessEqual:Fi,LinSpace:Zr,Log:Li,Log1p:es,LogSoftmax:Wi,LogicalAnd:zi,LogicalNot:qi,LogicalOr:rs,LogicalXor:Ui,LowerBound:Gi,MatrixBandPart:Hi,Max:Hr,MaxPool:as,MaxPool3D:is,MaxPool3DGrad:Ki,MaxPoolGrad:Vi,MaxPoolWithArgmax:cs,Maximum:ji,Mean:ls,Min:Kr,Minimum:us,MirrorPad:hs,Mod:ds,MomentumOptimizer:Fn,Multinomial:fs,Multiply:Xi,Neg:Ji,NonMaxSuppressionV3:Qs,NonMaxSuppressionV4:to,NonMaxSuppressionV5:eo,NotEqual:ps,OP_SCOPE_SUFFIX:Yi,OneHot:gs,OnesLike:ms,Optimizer:Te,OptimizerConstructors:ya,Pack:Zi,PadV2:Qi,Pool:ec,Pow:tc,Prelu:vs,Prod:$s,RMSPropOptimizer:Ln,RaggedGather:xs,RaggedRange:Es,RaggedTensorToTensor:Ss,Range:As,get Rank(){return nc},Real:rc,RealDiv:sc,Reciprocal:Ms,get Reduction(){return J},Relu:Ts,Relu6:_s,Reshape:oc,ResizeBilinear:no,ResizeBilinearGrad:ac,ResizeNearestNeighbor:ro,ResizeNearestNeighborGrad:ic,Reverse:cc,RotateWithOffset:Zs,Round:Ns,Rsqrt:lc,SGDOptimizer:Wt,ScatterNd:Gs,SearchSorted:os,Select:uc,Selu:Ds,Sigmoid:hc,Sign:Is,Sin:dc,Sinh:fc,Slice:pc,Softmax:Rs,Softplus:ns,SpaceToBatchND:gc,SparseFillEmptyRows:ao,SparseReshape:io,SparseSegmentMean:co,SparseSegmentSum:lo,SparseToDense:Hs,SplitV:mc,Sqrt:bc,Square:wc,SquaredDifference:Ps,StaticRegexReplace:po,Step:yc,StridedSlice:Os,StringNGrams:uo,StringSplit:ho,StringToHashBucketFast:fo,Sub:vc,Sum:$c,Tan:Fs,Tanh:Ar,Tensor:he,TensorBuffer:xt,TensorScatterUpdate:Ws,Tile:xc,TopK:zs,Transform:so,Transpose:Ec,Unique:qs,Unpack:Sc,UnsortedSegmentSum:kc,UpperBound:Ac,Variable:ts,ZerosLike:Mc,_FusedMatMul:jt,abs:ne,acos:Ql,acosh:tu,add:M,addN:ru,all:ou,any:iu,argMax:lu,argMin:hu,asin:fu,asinh:gu,atan:bu,atan2:yu,atanh:$u,avgPool:Io,avgPool3d:Su,backend:lr,backend_util:Iw,basicLSTMCell:Mu,batchNorm:Dt,batchNorm2d:Du,batchNorm3d:Ru,batchNorm4d:Bu,batchToSpaceND:ys,bincount:Ro,bitwiseAnd:Fu,booleanMaskAsync:zp,broadcastArgs:Wu,broadcastTo:Tc,broadcast_util:_c,browser:Mb,buffer:we,cast:U,ceil:qu,clipByValue:Gu,clone:Je,complex:Qe,concat:ee,concat1d:Ku,concat2d:ju,concat3d:Ju,concat4d:Zu,conv1d:eh,conv2d:_t,conv2dTranspose:nh,conv3d:sh,conv3dTranspose:ah,copyRegisteredKernels:Nc,cos:Dc,cosh:Ic,cosineWindow:In,cumprod:Rc,cumsum:Cc,customGrad:de,denseBincount:ch,deprecationWarn:Bc,depthToSpace:uh,depthwiseConv2d:$n,device_util:pl,diag:fh,dilation2d:gh,disableDeprecationWarnings:Pc,dispose:Z,disposeVariables:Oc,div:L,divNoNan:bh,dot:yh,dropout:Qp,einsum:qe,elu:Co,enableDebugMode:Fc,enableProdMode:Lc,enclosingPowerOfTwo:ra,engine:Wc,ensureShape:Eh,env:H,equal:zr,erf:kh,euclideanNorm:Nh,exp:Ie,expandDims:xe,expm1:Ih,eye:Po,fft:Tn,fill:ht,findBackend:zc,findBackendFactory:qc,floor:Vs,floorDiv:Uc,fused:cg,gather:Us,gatherND:Jp,gather_util:Tb,getBackend:cr,getGradient:Gc,getKernel:wn,getKernelsForBackend:Hc,grad:Hh,grads:Kh,greater:Nt,greaterEqual:oo,ifft:Tt,imag:hn,image:zm,inTopKAsync:tg,io:pb,irfft:Yo,isFinite:Bh,isInf:Oh,isNaN:Lh,keep:mo,kernel_impls:Rw,leakyRelu:Oo,less:Xt,lessEqual:gn,linalg:qm,linspace:zh,localResponseNormalization:Uh,log:nt,log1p:Fo,logSigmoid:Yh,logSoftmax:Qh,logSumExp:zo,logicalAnd:Et,logicalNot:ss,logicalOr:qo,logicalXor:rd,losses:Um,lowerBound:od,matMul:P,math:bb,max:Ve,maxPool:Uo,maxPool3d:cd,maxPoolWithArgmax:ud,maximum:go,mean:At,memory:Kc,meshgrid:dd,min:sn,minimum:Mt,mirrorPad:gd,mod:bd,moments:yd,movingAverage:Up,mul:x,multiRNNCell:$d,multinomial:Ed,neg:ge,nextFrame:Ib,norm:It,notEqual:Go,oneHot:on,ones:Ue,onesLike:Md,op:m,outerProduct:_d,pad:lt,pad1d:Dd,pad2d:Rd,pad3d:Bd,pad4d:Od,pool:zd,pow:tt,prelu:Ho,print:Do,prod:Gd,profile:Vc,raggedGather:Kd,raggedRange:jd,raggedTensorToTensor:Jd,rand:Zd,randomGamma:Df,randomNormal:jo,randomStandardNormal:Cf,randomUniform:Mn,randomUniformInt:Of,range:ot,ready:jc,real:St,reciprocal:Lf,registerBackend:Xc,registerGradient:Jc,registerKernel:Yc,relu:Ct,relu6:Xo,removeBackend:Zc,reshape:$,reverse:Re,reverse1d:Uf,reverse2d:Hf,reverse3d:Vf,reverse4d:Xf,rfft:_n,round:Jo,rsqrt:Qc,scalar:O,scatterND:Hp,scatter_util:Tp,searchSorted:xn,selu:Zf,separableConv2d:ep,serialization:jm,setBackend:el,setPlatform:tl,setdiff1dAsync:np,sigmoid:Ge,sign:sp,signal:Wm,sin:nl,sinh:rl,slice:W,slice1d:ap,slice2d:cp,slice3d:up,slice4d:dp,slice_util:bo,softmax:pp,softplus:Wo,spaceToBatchND:ws,sparse:Gm,sparseToDense:jp,spectral:Lm,split:rt,sqrt:be,square:ae,squaredDifference:Zo,squeeze:Nn,stack:st,step:Xs,stridedSlice:xp,string:Hm,sub:N,sum:F,sumOutType:sl,tan:Sp,tanh:rn,tensor:He,tensor1d:oe,tensor2d:Ze,tensor3d:Qo,tensor4d:kp,tensor5d:Ap,tensor6d:Mp,tensorScatterUpdate:Np,tensor_util:ol,test_util:Mf,tidy:V,tile:Ye,time:al,topk:Ip,train:Nb,transpose:kt,truncatedNormal:Cp,unique:Pp,unregisterGradient:il,unregisterKernel:cl,unsortedSegmentSum:ll,unstack:mn,upcastType:wo,upperBound:Op,util:ul,valueAndGrad:Vh,valueAndGrads:jh,variable:Fp,variableGrads:Lo,version_core:_b,where:ke,whereAsync:na,zeros:dn,zerosLike:re});export{ow as $,pf as A,Nw as B,we as C,Zb as D,Pb as E,Ob as F,Fb as G,Bb as H,ta as I,iw as J,lw as K,uw as L,cw as M,hw as N,Yb as O,Jb as P,Xb as Q,le as R,jb as S,Vb as T,Kb as U,nw as V,Qb as W,ew as X,tw as Y,sw as Z,rw as _,qb as a,En as a0,aa as a1,ia as a2,ca as a3,Bw as a4,Ub as b,Gb as c,Hb as d,Rb as e,Cb as f,zb as g,Dw as h,Tw as i,Wb as j,ea as k,mw as l,gw as m,pw as n,$w as o,wa as p,vw as q,ww as r,bw as s,He as t,yw as u,xw as v,kw as w,Sw as x,Ew as y,fw as z};
