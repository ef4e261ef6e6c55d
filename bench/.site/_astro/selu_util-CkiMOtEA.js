function an(e,t){return t.forEach(function(n){n&&typeof n!="string"&&!Array.isArray(n)&&Object.keys(n).forEach(function(s){if(s!=="default"&&!(s in e)){var r=Object.getOwnPropertyDescriptor(n,s);Object.defineProperty(e,s,r.get?r:{enumerable:!0,get:function(){return n[s]}})}})}),Object.freeze(e)}/**
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
 */const cn=1e-7,un=1e-4;class zo{constructor(t,n){this.backend=t,this.dataMover=n,this.data=new WeakMap,this.dataIdsCount=0}get(t){return this.data.has(t)||this.dataMover.moveData(this.backend,t),this.data.get(t)}set(t,n){this.dataIdsCount++,this.data.set(t,n)}has(t){return this.data.has(t)}delete(t){return this.dataIdsCount--,this.data.delete(t)}numDataIds(){return this.dataIdsCount}}class ln{refCount(t){return W("refCount")}incRef(t){return W("incRef")}timerAvailable(){return!0}time(t){return W("time")}read(t){return W("read")}readSync(t){return W("readSync")}readToGPU(t,n){return W("readToGPU")}numDataIds(){return W("numDataIds")}disposeData(t,n){return W("disposeData")}write(t,n,s){return W("write")}move(t,n,s,r,o){return W("move")}createTensorFromGPUData(t,n,s){return W("createTensorFromGPUData")}memory(){return W("memory")}floatPrecision(){return W("floatPrecision")}epsilon(){return this.floatPrecision()===32?cn:un}dispose(){return W("dispose")}}function W(e){throw new Error(`'${e}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`)}/**
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
 */function $e(e){let t=e.length,n=0;for(;t>0;)n=Math.random()*t|0,t--,At(e,t,n)}function fn(e,t){if(e.length!==t.length)throw new Error(`Array sizes must match to be shuffled together First array length was ${e.length}Second array length was ${t.length}`);let n=e.length,s=0;for(;n>0;)s=Math.random()*n|0,n--,At(e,n,s),At(t,n,s)}function mt(e,t,n){return Math.max(e,Math.min(t,n))}function hn(e){return e%2===0?e:e+1}function At(e,t,n){const s=e[t];e[t]=e[n],e[n]=s}function dn(e){let t=0;for(let n=0;n<e.length;n++)t+=e[n];return t}function gn(e,t){const n=Math.random();return t*n+(1-n)*e}function pn(e,t){let n=0;for(let s=0;s<e.length;s++){const r=Number(e[s])-Number(t[s]);n+=r*r}return n}function $(e,t){if(!e)throw new Error(typeof t=="string"?t:t())}function Ee(e,t,n=""){$(Dt(e,t),()=>n+` Shapes ${e} and ${t} must match`)}function mn(e){$(e!=null,()=>"The input to the tensor constructor must be a non-null value.")}function tt(e){if(e.length===0)return 1;let t=e[0];for(let n=1;n<e.length;n++)t*=e[n];return t}function bn(e){return e.length===0}function yn(e,t){if(e===t)return!0;if(e==null||t==null||e.length!==t.length)return!1;for(let n=0;n<e.length;n++)if(e[n]!==null&&t[n]!==null&&e[n]!==t[n])return!1;return!0}function Dt(e,t){if(e===t)return!0;if(e==null||t==null||e.length!==t.length)return!1;for(let n=0;n<e.length;n++)if(e[n]!==t[n])return!1;return!0}function bt(e){return e%1===0}function wn(e){if(Math.tanh!=null)return Math.tanh(e);if(e===1/0)return 1;if(e===-1/0)return-1;{const t=Math.exp(2*e);return(t-1)/(t+1)}}function kn(e){const t=Math.ceil(Math.sqrt(e));return[t,Math.ceil(e/t)]}function $n(e){const t=new Uint32Array(e);for(let n=0;n<e;++n)t[n]=n;return $e(t),t}function pt(e,t){return t<=e.length?e:e+" ".repeat(t-e.length)}function En(e,t=r=>0,n,s){return new Promise((r,o)=>{let i=0;const a=()=>{if(e()){r();return}i++;const u=t(i);if(n!=null&&i>=n){o();return}s!=null?s(a,u):setTimeout(a,u)};a()})}function Sn(e,t){let n=1,s=-1;for(let o=0;o<e.length;++o)if(e[o]>=0)n*=e[o];else if(e[o]===-1){if(s!==-1)throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${s} and dim ${o}`);s=o}else if(e[o]<0)throw Error(`Shapes can not be < 0. Found ${e[o]} at dim ${o}`);if(s===-1){if(t>0&&t!==n)throw Error(`Size(${t}) must match the product of shape ${e}`);return e}if(n===0)throw Error(`Cannot infer the missing size in [${e}] when there are 0 elements`);if(t%n!==0)throw Error(`The implicit shape can't be a fractional number. Got ${t} / ${n}`);const r=e.slice();return r[s]=t/n,r}function Se(e,t){const n=t.length;return e=e==null?t.map((s,r)=>r):[].concat(e),$(e.every(s=>s>=-n&&s<n),()=>`All values in axis param must be in range [-${n}, ${n}) but got axis ${e}`),$(e.every(s=>bt(s)),()=>`All values in axis param must be integers but got axis ${e}`),e.map(s=>s<0?n+s:s)}function In(e,t){const n=[],s=[],r=t!=null&&Array.isArray(t)&&t.length===0,o=t==null||r?null:Se(t,e).sort();let i=0;for(let a=0;a<e.length;++a){if(o!=null){if(o[i]===a&&e[a]!==1)throw new Error(`Can't squeeze axis ${a} since its dim '${e[a]}' is not 1`);(o[i]==null||o[i]>a)&&e[a]===1&&(n.push(e[a]),s.push(a)),o[i]<=a&&i++}e[a]!==1&&(n.push(e[a]),s.push(a))}return{newShape:n,keptDims:s}}function Tn(e,t){return ee(e,t)}function ee(e,t){let n=null;if(e==null||e==="float32")n=new Float32Array(t);else if(e==="int32")n=new Int32Array(t);else if(e==="bool")n=new Uint8Array(t);else if(e==="string")n=new Array(t);else throw new Error(`Unknown data type ${e}`);return n}function Ie(e,t){for(let n=0;n<e.length;n++){const s=e[n];if(isNaN(s)||!isFinite(s))throw Error(`A tensor of type ${t} being uploaded contains ${s}.`)}}function Te(e){return e==="bool"||e==="complex64"||e==="float32"||e==="int32"||e==="string"}function xn(e,t){return!(t==="complex64"||t==="float32"&&e!=="complex64"||t==="int32"&&e!=="float32"&&e!=="complex64"||t==="bool"&&e==="bool")}function Ft(e){if(e==="float32"||e==="int32")return 4;if(e==="complex64")return 8;if(e==="bool")return 1;throw new Error(`Unknown dtype ${e}`)}function xe(e){if(e==null)return 0;let t=0;return e.forEach(n=>t+=n.length),t}function _t(e){return typeof e=="string"||e instanceof String}function Ae(e){return typeof e=="boolean"}function Fe(e){return typeof e=="number"}function vt(e){return Array.isArray(e)?vt(e[0]):e instanceof Float32Array?"float32":e instanceof Int32Array||e instanceof Uint8Array||e instanceof Uint8ClampedArray?"int32":Fe(e)?"float32":_t(e)?"string":Ae(e)?"bool":"float32"}function Ut(e){return!!(e&&e.constructor&&e.call&&e.apply)}function An(e,t){for(let n=t;n<e;++n)if(e%n===0)return n;return e}function Nt(e){const t=e.length;if(t<2)return[];const n=new Array(t-1);n[t-2]=e[t-1];for(let s=t-3;s>=0;--s)n[s]=n[s+1]*e[s+1];return n}function De(e,t,n,s=!1){const r=new Array;if(t.length===1){const o=t[0]*(s?2:1);for(let i=0;i<o;i++)r[i]=n[e+i]}else{const o=t[0],i=t.slice(1),a=i.reduce((u,l)=>u*l)*(s?2:1);for(let u=0;u<o;u++)r[u]=De(e+u*a,i,n,s)}return r}function at(e,t,n=!1){if(e.length===0)return t[0];const s=e.reduce((r,o)=>r*o)*(n?2:1);if(s===0)return[];if(s!==t.length)throw new Error(`[${e}] does not match the input size ${t.length}${n?" for a complex tensor":""}.`);return De(0,e,t,n)}function Fn(e,t){if(Array.isArray(e))return e;if(t==="float32")return e instanceof Float32Array?e:new Float32Array(e);if(t==="int32")return e instanceof Int32Array?e:new Int32Array(e);if(t==="bool"||t==="string")return Uint8Array.from(new Int32Array(e));throw new Error(`Unknown dtype ${t}`)}function ne(e,t){const n=Bt(e,t);for(let s=0;s<n.length;s++)n[s]=1;return n}function Bt(e,t){if(t==null||t==="float32"||t==="complex64")return new Float32Array(e);if(t==="int32")return new Int32Array(e);if(t==="bool")return new Uint8Array(e);throw new Error(`Unknown data type ${t}`)}function Dn(e,t){const n=e.reduce((s,r)=>s*r,1);if(t==null||t==="float32")return at(e,new Float32Array(n));if(t==="int32")return at(e,new Int32Array(n));if(t==="bool")return at(e,new Uint8Array(n));throw new Error(`Unknown data type ${t}`)}function Et(e){e.forEach(t=>{$(Number.isInteger(t)&&t>=0,()=>`Tensor must have a shape comprised of positive integers but got shape [${e}].`)})}function _n(e,t,n){if(t===0)return 0;if(t===1)return e[0];let s=e[e.length-1];for(let r=0;r<e.length-1;++r)s+=n[r]*e[r];return s}function vn(e,t,n){if(t===0)return[];if(t===1)return[e];const s=new Array(t);for(let r=0;r<s.length-1;++r)s[r]=Math.floor(e/n[r]),e-=s[r]*n[r];return s[s.length-1]=e,s}function Mt(e){return e&&e.then&&typeof e.then=="function"}/**
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
 */const ue="tfjsflags";class Nn{constructor(t){this.global=t,this.flags={},this.flagRegistry={},this.urlFlags={},this.getQueryParams=Bn,this.populateURLFlags()}setPlatform(t,n){this.platform!=null&&(R().getBool("IS_TEST")||R().getBool("PROD")||console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${t}.`)),this.platformName=t,this.platform=n}registerFlag(t,n,s){if(this.flagRegistry[t]={evaluationFn:n,setHook:s},this.urlFlags[t]!=null){const r=this.urlFlags[t];R().getBool("IS_TEST")||R().getBool("PROD")||console.warn(`Setting feature override from URL ${t}: ${r}.`),this.set(t,r)}}async getAsync(t){return t in this.flags?this.flags[t]:(this.flags[t]=await this.evaluateFlag(t),this.flags[t])}get(t){if(t in this.flags)return this.flags[t];const n=this.evaluateFlag(t);if(Mt(n))throw new Error(`Flag ${t} cannot be synchronously evaluated. Please use getAsync() instead.`);return this.flags[t]=n,this.flags[t]}getNumber(t){return this.get(t)}getBool(t){return this.get(t)}getString(t){return this.get(t)}getFlags(){return this.flags}get features(){return this.flags}set(t,n){if(this.flagRegistry[t]==null)throw new Error(`Cannot set flag ${t} as it has not been registered.`);this.flags[t]=n,this.flagRegistry[t].setHook!=null&&this.flagRegistry[t].setHook(n)}evaluateFlag(t){if(this.flagRegistry[t]==null)throw new Error(`Cannot evaluate flag '${t}': no evaluation function found.`);return this.flagRegistry[t].evaluationFn()}setFlags(t){this.flags=Object.assign({},t)}reset(){this.flags={},this.urlFlags={},this.populateURLFlags()}populateURLFlags(){if(typeof this.global>"u"||typeof this.global.location>"u"||typeof this.global.location.search>"u")return;const t=this.getQueryParams(this.global.location.search);ue in t&&t[ue].split(",").forEach(s=>{const[r,o]=s.split(":");this.urlFlags[r]=Rn(r,o)})}}function Bn(e){const t={};return e.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g,(n,...s)=>(Mn(t,s[0],s[1]),s.join("="))),t}function Mn(e,t,n){e[decodeURIComponent(t)]=decodeURIComponent(n||"")}function Rn(e,t){const n=t.toLowerCase();return n==="true"||n==="false"?n==="true":`${+n}`===n?+n:t}function R(){return _e}let _e=null;function Ln(e){_e=e}/**
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
 */let Lt;function ve(){if(Lt==null){let e;if(typeof window<"u")e=window;else if(typeof global<"u")e=global;else if(typeof process<"u")e=process;else if(typeof self<"u")e=self;else throw new Error("Could not find a global object");Lt=e}return Lt}function Pn(){const e=ve();return e._tfGlobals==null&&(e._tfGlobals=new Map),e._tfGlobals}function se(e,t){const n=Pn();if(n.has(e))return n.get(e);{const s=t();return n.set(e,s),n.get(e)}}const Ho="Abs",Zo="Acos",Xo="Acosh",Ne="Add",Yo="AddN",Qo="All",Jo="Any",ti="ArgMax",ei="ArgMin",ni="Asin",si="Asinh",ri="Atan",oi="Atanh",ii="Atan2",ai="AvgPool",ci="AvgPoolGrad",ui="AvgPool3D",li="AvgPool3DGrad",Cn="BatchMatMul",On="BatchToSpaceND",fi="Bincount",hi="BitwiseAnd",di="BroadcastTo",gi="BroadcastArgs",Be="Cast",pi="Ceil",mi="ClipByValue",Gn="Complex",bi="ComplexAbs",Kn="Concat",Un="Conv2D",qn="Conv2DBackpropFilter",Vn="Conv2DBackpropInput",yi="Conv3D",wi="Conv3DBackpropFilterV2",Wn="Conv3DBackpropInputV2",jn="Cos",zn="Cosh",Hn="Cumprod",Zn="Cumsum",ki="CropAndResize",$i="DenseBincount",Ei="DepthToSpace",Si="DepthwiseConv2dNative",Xn="DepthwiseConv2dNativeBackpropFilter",Yn="DepthwiseConv2dNativeBackpropInput",Ii="Diag",Ti="Dilation2D",xi="Dilation2DBackpropInput",Ai="Dilation2DBackpropFilter",Fi="Draw",Qn="RealDiv",Di="Einsum",_i="Elu",vi="EluGrad",Ni="Erf",Jn="Equal",ts="Exp",es="ExpandDims",Bi="Expm1",Mi="FFT",Ri="Fill",Li="FlipLeftRight",ns="Floor",ss="FloorDiv",Pi="FusedBatchNorm",rs="GatherV2",Ci="GatherNd",os="Greater",is="GreaterEqual",Me="Identity",Oi="IFFT",as="Imag",Gi="IsFinite",Ki="IsInf",Ui="IsNan",qi="LeakyRelu",cs="Less",us="LessEqual",Vi="LinSpace",ls="Log",Wi="Log1p",fs="LogicalAnd",hs="LogicalNot",ji="LogicalOr",zi="LogicalXor",Hi="LogSoftmax",Zi="LowerBound",Xi="LRN",Yi="LRNGrad",Qi="MatrixBandPart",Ji="Max",ds="Maximum",ta="MaxPool",ea="MaxPoolGrad",na="MaxPool3D",sa="MaxPool3DGrad",ra="MaxPoolWithArgmax",oa="Mean",ia="Min",aa="Minimum",ca="MirrorPad",ua="Mod",la="Multinomial",gs="Multiply",ps="Neg",fa="NotEqual",ha="NonMaxSuppressionV3",da="NonMaxSuppressionV4",ga="NonMaxSuppressionV5",pa="OnesLike",ma="OneHot",ms="Pack",bs="PadV2",ba="Pool",ys="Pow",ya="Prelu",wa="Prod",ka="RaggedGather",$a="RaggedRange",Ea="RaggedTensorToTensor",Sa="Range",ws="Real",Ia="Reciprocal",Ta="Relu",ks="Reshape",xa="ResizeNearestNeighbor",Aa="ResizeNearestNeighborGrad",Fa="ResizeBilinear",Da="ResizeBilinearGrad",_a="Relu6",$s="Reverse",va="Round",Es="Rsqrt",Na="ScatterNd",Ba="TensorScatterUpdate",Ma="SearchSorted",Ss="Select",Ra="Selu",Is="Slice",Ts="Sin",xs="Sinh",La="Sign",As="Sigmoid",Pa="Softplus",Fs="Sqrt",Ds="Sum",_s="SpaceToBatchND",vs="SplitV",Ca="Softmax",Oa="SparseFillEmptyRows",Ga="SparseReshape",Ka="SparseSegmentMean",Ua="SparseSegmentSum",qa="SparseToDense",Va="SquaredDifference",Wa="Square",ja="StaticRegexReplace",za="StridedSlice",Ha="StringNGrams",Za="StringSplit",Xa="StringToHashBucketFast",Ns="Sub",Ya="Tan",Qa="Tanh",Re="Tile",Ja="TopK",tc="Transform",Pt="Transpose",ec="Unique",Bs="Unpack",Ms="UnsortedSegmentSum",nc="UpperBound",Rs="ZerosLike",Ls="Step",sc="FromPixels",rc="RotateWithOffset",oc="_FusedMatMul",ic="FusedConv2D",ac="FusedDepthwiseConv2D";/**
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
 */function rt(...e){R().getBool("IS_TEST")||R().getBool("PROD")||console.warn(...e)}function cc(...e){R().getBool("IS_TEST")||R().getBool("PROD")||console.log(...e)}/**
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
 */const ut=se("kernelRegistry",()=>new Map),yt=se("gradRegistry",()=>new Map);function le(e,t){const n=re(e,t);return ut.get(n)}function fe(e){return yt.get(e)}function qt(e){const t=ut.entries(),n=[];for(;;){const{done:s,value:r}=t.next();if(s)break;const[o,i]=r,[a]=o.split("_");a===e&&n.push(i)}return n}function Ps(e){const{kernelName:t,backendName:n}=e,s=re(t,n);ut.has(s)&&rt(`The kernel '${t}' for backend '${n}' is already registered`),ut.set(s,e)}function uc(e){const{kernelName:t}=e;yt.has(t)&&R().getBool("DEBUG")&&rt(`Overriding the gradient for '${t}'`),yt.set(t,e)}function lc(e,t){const n=re(e,t);if(!ut.has(n))throw new Error(`The kernel '${e}' for backend '${t}' is not registered`);ut.delete(n)}function fc(e){if(!yt.has(e))throw new Error(`The gradient '${e}' for backend is not registered`);yt.delete(e)}function hc(e,t){qt(e).forEach(s=>{const r=Object.assign({},s,{backendName:t});Ps(r)})}function re(e,t){return`${t}_${e}`}/**
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
 */function Cs(e){return e instanceof Float32Array||e instanceof Int32Array||e instanceof Uint8Array||e instanceof Uint8ClampedArray}var dc=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:typeof self<"u"?self:{};function Os(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}function gc(e){if(Object.prototype.hasOwnProperty.call(e,"__esModule"))return e;var t=e.default;if(typeof t=="function"){var n=function s(){return this instanceof s?Reflect.construct(t,arguments,this.constructor):t.apply(this,arguments)};n.prototype=t.prototype}else n={};return Object.defineProperty(n,"__esModule",{value:!0}),Object.keys(e).forEach(function(s){var r=Object.getOwnPropertyDescriptor(e,s);Object.defineProperty(n,s,r.get?r:{enumerable:!0,get:function(){return e[s]}})}),n}var Ct,he;function Gs(){if(he)return Ct;he=1,Ct=t;var e=null;try{e=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch{}function t(g,c,k){this.low=g|0,this.high=c|0,this.unsigned=!!k}t.prototype.__isLong__,Object.defineProperty(t.prototype,"__isLong__",{value:!0});function n(g){return(g&&g.__isLong__)===!0}t.isLong=n;var s={},r={};function o(g,c){var k,A,N;return c?(g>>>=0,(N=0<=g&&g<256)&&(A=r[g],A)?A:(k=a(g,(g|0)<0?-1:0,!0),N&&(r[g]=k),k)):(g|=0,(N=-128<=g&&g<128)&&(A=s[g],A)?A:(k=a(g,g<0?-1:0,!1),N&&(s[g]=k),k))}t.fromInt=o;function i(g,c){if(isNaN(g))return c?M:T;if(c){if(g<0)return M;if(g>=E)return q}else{if(g<=-I)return B;if(g+1>=I)return U}return g<0?i(-g,c).neg():a(g%w|0,g/w|0,c)}t.fromNumber=i;function a(g,c,k){return new t(g,c,k)}t.fromBits=a;var u=Math.pow;function l(g,c,k){if(g.length===0)throw Error("empty string");if(g==="NaN"||g==="Infinity"||g==="+Infinity"||g==="-Infinity")return T;if(typeof c=="number"?(k=c,c=!1):c=!!c,k=k||10,k<2||36<k)throw RangeError("radix");var A;if((A=g.indexOf("-"))>0)throw Error("interior hyphen");if(A===0)return l(g.substring(1),c,k).neg();for(var N=i(u(k,8)),D=T,P=0;P<g.length;P+=8){var V=Math.min(8,g.length-P),Z=parseInt(g.substring(P,P+V),k);if(V<8){var G=i(u(k,V));D=D.mul(G).add(i(Z))}else D=D.mul(N),D=D.add(i(Z))}return D.unsigned=c,D}t.fromString=l;function h(g,c){return typeof g=="number"?i(g,c):typeof g=="string"?l(g,c):a(g.low,g.high,typeof c=="boolean"?c:g.unsigned)}t.fromValue=h;var d=65536,f=1<<24,w=d*d,E=w*w,I=E/2,x=o(f),T=o(0);t.ZERO=T;var M=o(0,!0);t.UZERO=M;var b=o(1);t.ONE=b;var F=o(1,!0);t.UONE=F;var _=o(-1);t.NEG_ONE=_;var U=a(-1,2147483647,!1);t.MAX_VALUE=U;var q=a(-1,-1,!0);t.MAX_UNSIGNED_VALUE=q;var B=a(0,-2147483648,!1);t.MIN_VALUE=B;var p=t.prototype;return p.toInt=function(){return this.unsigned?this.low>>>0:this.low},p.toNumber=function(){return this.unsigned?(this.high>>>0)*w+(this.low>>>0):this.high*w+(this.low>>>0)},p.toString=function(c){if(c=c||10,c<2||36<c)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative())if(this.eq(B)){var k=i(c),A=this.div(k),N=A.mul(k).sub(this);return A.toString(c)+N.toInt().toString(c)}else return"-"+this.neg().toString(c);for(var D=i(u(c,6),this.unsigned),P=this,V="";;){var Z=P.div(D),G=P.sub(Z.mul(D)).toInt()>>>0,L=G.toString(c);if(P=Z,P.isZero())return L+V;for(;L.length<6;)L="0"+L;V=""+L+V}},p.getHighBits=function(){return this.high},p.getHighBitsUnsigned=function(){return this.high>>>0},p.getLowBits=function(){return this.low},p.getLowBitsUnsigned=function(){return this.low>>>0},p.getNumBitsAbs=function(){if(this.isNegative())return this.eq(B)?64:this.neg().getNumBitsAbs();for(var c=this.high!=0?this.high:this.low,k=31;k>0&&(c&1<<k)==0;k--);return this.high!=0?k+33:k+1},p.isZero=function(){return this.high===0&&this.low===0},p.eqz=p.isZero,p.isNegative=function(){return!this.unsigned&&this.high<0},p.isPositive=function(){return this.unsigned||this.high>=0},p.isOdd=function(){return(this.low&1)===1},p.isEven=function(){return(this.low&1)===0},p.equals=function(c){return n(c)||(c=h(c)),this.unsigned!==c.unsigned&&this.high>>>31===1&&c.high>>>31===1?!1:this.high===c.high&&this.low===c.low},p.eq=p.equals,p.notEquals=function(c){return!this.eq(c)},p.neq=p.notEquals,p.ne=p.notEquals,p.lessThan=function(c){return this.comp(c)<0},p.lt=p.lessThan,p.lessThanOrEqual=function(c){return this.comp(c)<=0},p.lte=p.lessThanOrEqual,p.le=p.lessThanOrEqual,p.greaterThan=function(c){return this.comp(c)>0},p.gt=p.greaterThan,p.greaterThanOrEqual=function(c){return this.comp(c)>=0},p.gte=p.greaterThanOrEqual,p.ge=p.greaterThanOrEqual,p.compare=function(c){if(n(c)||(c=h(c)),this.eq(c))return 0;var k=this.isNegative(),A=c.isNegative();return k&&!A?-1:!k&&A?1:this.unsigned?c.high>>>0>this.high>>>0||c.high===this.high&&c.low>>>0>this.low>>>0?-1:1:this.sub(c).isNegative()?-1:1},p.comp=p.compare,p.negate=function(){return!this.unsigned&&this.eq(B)?B:this.not().add(b)},p.neg=p.negate,p.add=function(c){n(c)||(c=h(c));var k=this.high>>>16,A=this.high&65535,N=this.low>>>16,D=this.low&65535,P=c.high>>>16,V=c.high&65535,Z=c.low>>>16,G=c.low&65535,L=0,X=0,O=0,z=0;return z+=D+G,O+=z>>>16,z&=65535,O+=N+Z,X+=O>>>16,O&=65535,X+=A+V,L+=X>>>16,X&=65535,L+=k+P,L&=65535,a(O<<16|z,L<<16|X,this.unsigned)},p.subtract=function(c){return n(c)||(c=h(c)),this.add(c.neg())},p.sub=p.subtract,p.multiply=function(c){if(this.isZero())return T;if(n(c)||(c=h(c)),e){var k=e.mul(this.low,this.high,c.low,c.high);return a(k,e.get_high(),this.unsigned)}if(c.isZero())return T;if(this.eq(B))return c.isOdd()?B:T;if(c.eq(B))return this.isOdd()?B:T;if(this.isNegative())return c.isNegative()?this.neg().mul(c.neg()):this.neg().mul(c).neg();if(c.isNegative())return this.mul(c.neg()).neg();if(this.lt(x)&&c.lt(x))return i(this.toNumber()*c.toNumber(),this.unsigned);var A=this.high>>>16,N=this.high&65535,D=this.low>>>16,P=this.low&65535,V=c.high>>>16,Z=c.high&65535,G=c.low>>>16,L=c.low&65535,X=0,O=0,z=0,It=0;return It+=P*L,z+=It>>>16,It&=65535,z+=D*L,O+=z>>>16,z&=65535,z+=P*G,O+=z>>>16,z&=65535,O+=N*L,X+=O>>>16,O&=65535,O+=D*G,X+=O>>>16,O&=65535,O+=P*Z,X+=O>>>16,O&=65535,X+=A*L+N*G+D*Z+P*V,X&=65535,a(z<<16|It,X<<16|O,this.unsigned)},p.mul=p.multiply,p.divide=function(c){if(n(c)||(c=h(c)),c.isZero())throw Error("division by zero");if(e){if(!this.unsigned&&this.high===-2147483648&&c.low===-1&&c.high===-1)return this;var k=(this.unsigned?e.div_u:e.div_s)(this.low,this.high,c.low,c.high);return a(k,e.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?M:T;var A,N,D;if(this.unsigned){if(c.unsigned||(c=c.toUnsigned()),c.gt(this))return M;if(c.gt(this.shru(1)))return F;D=M}else{if(this.eq(B)){if(c.eq(b)||c.eq(_))return B;if(c.eq(B))return b;var P=this.shr(1);return A=P.div(c).shl(1),A.eq(T)?c.isNegative()?b:_:(N=this.sub(c.mul(A)),D=A.add(N.div(c)),D)}else if(c.eq(B))return this.unsigned?M:T;if(this.isNegative())return c.isNegative()?this.neg().div(c.neg()):this.neg().div(c).neg();if(c.isNegative())return this.div(c.neg()).neg();D=T}for(N=this;N.gte(c);){A=Math.max(1,Math.floor(N.toNumber()/c.toNumber()));for(var V=Math.ceil(Math.log(A)/Math.LN2),Z=V<=48?1:u(2,V-48),G=i(A),L=G.mul(c);L.isNegative()||L.gt(N);)A-=Z,G=i(A,this.unsigned),L=G.mul(c);G.isZero()&&(G=b),D=D.add(G),N=N.sub(L)}return D},p.div=p.divide,p.modulo=function(c){if(n(c)||(c=h(c)),e){var k=(this.unsigned?e.rem_u:e.rem_s)(this.low,this.high,c.low,c.high);return a(k,e.get_high(),this.unsigned)}return this.sub(this.div(c).mul(c))},p.mod=p.modulo,p.rem=p.modulo,p.not=function(){return a(~this.low,~this.high,this.unsigned)},p.and=function(c){return n(c)||(c=h(c)),a(this.low&c.low,this.high&c.high,this.unsigned)},p.or=function(c){return n(c)||(c=h(c)),a(this.low|c.low,this.high|c.high,this.unsigned)},p.xor=function(c){return n(c)||(c=h(c)),a(this.low^c.low,this.high^c.high,this.unsigned)},p.shiftLeft=function(c){return n(c)&&(c=c.toInt()),(c&=63)===0?this:c<32?a(this.low<<c,this.high<<c|this.low>>>32-c,this.unsigned):a(0,this.low<<c-32,this.unsigned)},p.shl=p.shiftLeft,p.shiftRight=function(c){return n(c)&&(c=c.toInt()),(c&=63)===0?this:c<32?a(this.low>>>c|this.high<<32-c,this.high>>c,this.unsigned):a(this.high>>c-32,this.high>=0?0:-1,this.unsigned)},p.shr=p.shiftRight,p.shiftRightUnsigned=function(c){if(n(c)&&(c=c.toInt()),c&=63,c===0)return this;var k=this.high;if(c<32){var A=this.low;return a(A>>>c|k<<32-c,k>>>c,this.unsigned)}else return c===32?a(k,0,this.unsigned):a(k>>>c-32,0,this.unsigned)},p.shru=p.shiftRightUnsigned,p.shr_u=p.shiftRightUnsigned,p.toSigned=function(){return this.unsigned?a(this.low,this.high,!1):this},p.toUnsigned=function(){return this.unsigned?this:a(this.low,this.high,!0)},p.toBytes=function(c){return c?this.toBytesLE():this.toBytesBE()},p.toBytesLE=function(){var c=this.high,k=this.low;return[k&255,k>>>8&255,k>>>16&255,k>>>24,c&255,c>>>8&255,c>>>16&255,c>>>24]},p.toBytesBE=function(){var c=this.high,k=this.low;return[c>>>24,c>>>16&255,c>>>8&255,c&255,k>>>24,k>>>16&255,k>>>8&255,k&255]},t.fromBytes=function(c,k,A){return A?t.fromBytesLE(c,k):t.fromBytesBE(c,k)},t.fromBytesLE=function(c,k){return new t(c[0]|c[1]<<8|c[2]<<16|c[3]<<24,c[4]|c[5]<<8|c[6]<<16|c[7]<<24,k)},t.fromBytesBE=function(c,k){return new t(c[4]<<24|c[5]<<16|c[6]<<8|c[7],c[0]<<24|c[1]<<16|c[2]<<8|c[3],k)},Ct}var Le=Gs(),Pe=Os(Le),Ks=an({__proto__:null,default:Pe},[Le]);/**
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
 */const ot=Pe||Ks;function St(e){return ot.fromString(e,!0,16)}const Ce=St("c3a5c85c97cb3127"),st=St("b492b66fbe98f273"),K=St("9ae16a3b2f90404f");function Vt(e){return e.xor(e.shru(47))}function Oe(e,t,n){const s=e.slice(t,t+n);return ot.fromBytes(Array.from(s),!0,!0)}function v(e,t){return Oe(e,t,8)}function de(e,t){return Oe(e,t,4)}function C(e,t){return t===0?e:e.shru(t).or(e.shl(64-t))}function nt(e,t,n=St("9ddfea08eb382d69")){let s=e.xor(t).mul(n);s=s.xor(s.shru(47));let r=t.xor(s).mul(n);return r=r.xor(r.shru(47)),r=r.mul(n),r}function Us(e,t,n,s,r,o){r=r.add(e),o=C(o.add(r).add(s),21);const i=r;return r=r.add(t),r=r.add(n),o=o.add(C(r,44)),[r.add(s),o.add(i)]}function Tt(e,t,n,s){return Us(v(e,t),v(e,t+8),v(e,t+16),v(e,t+24),n,s)}function qs(e,t=e.length){if(t>=8){const n=K.add(t*2),s=v(e,0).add(K),r=v(e,t-8),o=C(r,37).mul(n).add(s),i=C(s,25).add(r).mul(n);return nt(o,i,n)}if(t>=4){const n=K.add(t*2),s=de(e,0);return nt(s.shl(3).add(t),de(e,t-4),n)}if(t>0){const n=e[0],s=e[t>>1],r=e[t-1],o=n+(s<<8),i=t+(r<<2);return Vt(K.mul(o).xor(Ce.mul(i))).mul(K)}return K}function Vs(e,t=e.length){const n=K.add(t*2),s=v(e,0).mul(st),r=v(e,8),o=v(e,t-8).mul(n),i=v(e,t-16).mul(K);return nt(C(s.add(r),43).add(C(o,30)).add(i),s.add(C(r.add(K),18)).add(o),n)}function Ws(e,t=e.length){const n=K.add(t*2),s=v(e,0).mul(K),r=v(e,8),o=v(e,t-8).mul(n),i=v(e,t-16).mul(K),a=C(s.add(r),43).add(C(o,30)).add(i),u=nt(a,s.add(C(r.add(K),18)).add(o),n),l=v(e,16).mul(n),h=v(e,24),d=a.add(v(e,t-32)).mul(n),f=u.add(v(e,t-24)).mul(n);return nt(C(l.add(h),43).add(C(d,30)).add(f),l.add(C(h.add(s),18)).add(d),n)}function js(e,t=e.length){const n=ot.fromNumber(81,!0);if(t<=32)return t<=16?qs(e,t):Vs(e,t);if(t<=64)return Ws(e,t);let s=n,r=n.mul(st).add(113),o=Vt(r.mul(K).add(113)).mul(K),i=[ot.UZERO,ot.UZERO],a=[ot.UZERO,ot.UZERO];s=s.mul(K).add(v(e,0));let u=0;const l=(t-1>>6)*64,h=l+(t-1&63)-63;do s=C(s.add(r).add(i[0]).add(v(e,u+8)),37).mul(st),r=C(r.add(i[1]).add(v(e,u+48)),42).mul(st),s=s.xor(a[1]),r=r.add(i[0]).add(v(e,u+40)),o=C(o.add(a[0]),33).mul(st),i=Tt(e,u,i[1].mul(st),s.add(a[0])),a=Tt(e,u+32,o.add(a[1]),r.add(v(e,u+16))),[o,s]=[s,o],u+=64;while(u!==l);const d=st.add(o.and(255).shl(1));return u=h,a[0]=a[0].add(t-1&63),i[0]=i[0].add(a[0]),a[0]=a[0].add(i[0]),s=C(s.add(r).add(i[0]).add(v(e,u+8)),37).mul(d),r=C(r.add(i[1]).add(v(e,u+48)),42).mul(d),s=s.xor(a[1].mul(9)),r=r.add(i[0].mul(9).add(v(e,u+40))),o=C(o.add(a[0]),33).mul(d),i=Tt(e,u,i[1].mul(d),s.add(a[0])),a=Tt(e,u+32,o.add(a[1]),r.add(v(e,u+16))),[o,s]=[s,o],nt(nt(i[0],a[0],d).add(Vt(r).mul(Ce)).add(o),nt(i[1],a[1],d).add(s),d)}/**
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
 */function zs(e,t){return t==="string"?oe(e):Rt([e],t)}function Hs(e,t){return e instanceof Float32Array&&t==="float32"||e instanceof Int32Array&&t==="int32"||e instanceof Uint8Array&&t==="bool"}function Rt(e,t){if(t==="string")throw new Error("Cannot convert a string[] to a TypedArray");if(Array.isArray(e)&&(e=lt(e)),R().getBool("DEBUG")&&Ie(e,t),Hs(e,t))return e;if(t==null||t==="float32"||t==="complex64")return new Float32Array(e);if(t==="int32")return new Int32Array(e);if(t==="bool"){const n=new Uint8Array(e.length);for(let s=0;s<n.length;++s)Math.round(e[s])!==0&&(n[s]=1);return n}else throw new Error(`Unknown data type ${t}`)}function wt(){return R().platform.now()}function Zs(e,t){return R().platform.fetch(e,t)}function oe(e,t="utf-8"){return t=t||"utf-8",R().platform.encode(e,t)}function Wt(e,t="utf-8"){return t=t||"utf-8",R().platform.decode(e,t)}function Y(e){return R().platform.isTypedArray!=null?R().platform.isTypedArray(e):Cs(e)}function lt(e,t=[],n=!1){if(t==null&&(t=[]),typeof e=="boolean"||typeof e=="number"||typeof e=="string"||Mt(e)||e==null||Y(e)&&n)t.push(e);else if(Array.isArray(e)||Y(e))for(let s=0;s<e.length;++s)lt(e[s],t,n);else{let s=-1;for(const r of Object.keys(e))/^([1-9]+[0-9]*|0)$/.test(r)&&(s=Math.max(s,Number(r)));for(let r=0;r<=s;r++)lt(e[r],t,n)}return t}var pc=Object.freeze({__proto__:null,arraysEqual:Dt,arraysEqualWithNull:yn,assert:$,assertNonNegativeIntegerDimensions:Et,assertNonNull:mn,assertShapesMatch:Ee,bytesFromStringArray:xe,bytesPerElement:Ft,checkConversionForErrors:Ie,clamp:mt,computeStrides:Nt,convertBackendValuesAndArrayBuffer:Fn,createScalarValue:zs,createShuffledIndices:$n,decodeString:Wt,distSquared:pn,encodeString:oe,fetch:Zs,fingerPrint64:js,flatten:lt,getArrayFromDType:ee,getTypedArrayFromDType:Tn,hasEncodingLoss:xn,hexToLong:St,indexToLoc:vn,inferDtype:vt,inferFromImplicitShape:Sn,isBoolean:Ae,isFunction:Ut,isInt:bt,isNumber:Fe,isPromise:Mt,isScalarShape:bn,isString:_t,isTypedArray:Y,isValidDtype:Te,locToIndex:_n,makeOnesTypedArray:ne,makeZerosNestedTypedArray:Dn,makeZerosTypedArray:Bt,nearestDivisor:An,nearestLargerEven:hn,now:wt,parseAxisParam:Se,randUniform:gn,repeatedTry:En,rightPad:pt,shuffle:$e,shuffleCombo:fn,sizeFromShape:tt,sizeToSquarishShape:kn,squeezeShape:In,sum:dn,swap:At,tanh:wn,toNestedArray:at,toTypedArray:Rt});/**
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
 */class Xs{constructor(t,n){this.backendTimer=t,this.logger=n,n==null&&(this.logger=new Qs)}profileKernel(t,n,s){let r;const o=()=>{r=s()};let i;const a=wt();if(this.backendTimer.timerAvailable())i=this.backendTimer.time(o);else{o();for(const l of r)l.dataSync();i=Promise.resolve({kernelMs:wt()-a})}if(R().getBool("CHECK_COMPUTATION_FOR_ERRORS"))for(let l=0;l<r.length;l++){const h=r[l];h.data().then(d=>{Ys(d,h.dtype,t)})}return{kernelName:t,outputs:r,inputs:n,timeMs:i.then(l=>l.kernelMs),extraInfo:i.then(l=>l.getExtraProfileInfo!=null?l.getExtraProfileInfo():"")}}logKernelProfile(t){const{kernelName:n,outputs:s,timeMs:r,inputs:o,extraInfo:i}=t;s.forEach(a=>{Promise.all([a.data(),r,i]).then(u=>{this.logger.logKernelProfile(n,a,u[0],u[1],o,u[2])})})}}function Ys(e,t,n){if(t!=="float32")return!1;for(let s=0;s<e.length;s++){const r=e[s];if(isNaN(r)||!isFinite(r))return console.warn(`Found ${r} in the result of '${n}'`),!0}return!1}class Qs{logKernelProfile(t,n,s,r,o,i){const a=typeof r=="number"?pt(`${r}ms`,9):r.error,u=pt(t,25),l=n.rank,h=n.size,d=pt(n.shape.toString(),14);let f="";for(const w in o){const E=o[w];if(E!=null){const I=E.shape||n.shape,x=I.length;f+=`${w}: ${x}D ${x>0?I:""} `}}console.log(`%c${u}	%c${a}	%c${l}D ${d}	%c${h}	%c${f}	%c${i}`,"font-weight:bold","color:red","color:blue","color: orange","color: green","color: steelblue")}}/**
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
 */function Js(e,t,n){const s={},r={};for(let u=0;u<t.length;u++)s[t[u].id]=!0;for(let u=0;u<e.length;u++){const l=e[u],h=l.inputs;for(const d in h){const f=h[d];let w=!1;for(let E=0;E<t.length;E++)if(s[f.id]){l.outputs.forEach(I=>s[I.id]=!0),w=!0,r[l.id]=!0;break}if(w)break}}const o={};o[n.id]=!0;const i={};for(let u=e.length-1;u>=0;u--){const l=e[u],h=l.inputs;for(let d=0;d<l.outputs.length;d++)if(o[l.outputs[d].id]){for(const f in h)o[h[f].id]=!0,i[l.id]=!0;break}}const a=[];for(let u=0;u<e.length;u++){const l=e[u];if(r[l.id]&&i[l.id]){const h={};for(const f in l.inputs){const w=l.inputs[f];s[w.id]&&(h[f]=w)}const d=Object.assign({},l);d.inputs=h,d.outputs=l.outputs,a.push(d)}}return a}function tr(e,t,n,s){for(let r=t.length-1;r>=0;r--){const o=t[r],i=[];if(o.outputs.forEach(u=>{const l=e[u.id];l!=null?i.push(l):i.push(null)}),o.gradient==null)throw new Error(`Cannot compute gradient: gradient function not found for ${o.kernelName}.`);const a=o.gradient(i);for(const u in o.inputs){if(!(u in a))throw new Error(`Cannot backprop through input ${u}. Available gradients found: ${Object.keys(a)}.`);const l=n(()=>a[u]());if(l.dtype!=="float32")throw new Error(`Error in gradient for op ${o.kernelName}. The gradient of input ${u} must have 'float32' dtype, but has '${l.dtype}'`);const h=o.inputs[u];if(!Dt(l.shape,h.shape))throw new Error(`Error in gradient for op ${o.kernelName}. The gradient of input '${u}' has shape '${l.shape}', which does not match the shape of the input '${h.shape}'`);if(e[h.id]==null)e[h.id]=l;else{const d=e[h.id];e[h.id]=s(d,l),d.dispose()}}}}/**
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
 */const ge=20,ht=3,Ot=7;function er(e,t,n,s){const r=Nt(t),o=nr(e,t,n,r),i=t.length,a=xt(e,t,n,r,o),u=["Tensor"];return s&&(u.push(`  dtype: ${n}`),u.push(`  rank: ${i}`),u.push(`  shape: [${t}]`),u.push("  values:")),u.push(a.map(l=>"    "+l).join(`
`)),u.join(`
`)}function nr(e,t,n,s){const r=tt(t),o=s[s.length-1],i=new Array(o).fill(0),a=t.length,u=n==="complex64"?gt(e):e;if(a>1)for(let l=0;l<r/o;l++){const h=l*o;for(let d=0;d<o;d++)i[d]=Math.max(i[d],dt(u[h+d],0,n).length)}return i}function dt(e,t,n){let s;return Array.isArray(e)?s=`${parseFloat(e[0].toFixed(Ot))} + ${parseFloat(e[1].toFixed(Ot))}j`:_t(e)?s=`'${e}'`:n==="bool"?s=Ge(e):s=parseFloat(e.toFixed(Ot)).toString(),pt(s,t)}function Ge(e){return e===0?"false":"true"}function xt(e,t,n,s,r,o=!0){const i=n==="complex64"?2:1,a=t[0],u=t.length;if(u===0){if(n==="complex64"){const I=gt(e);return[dt(I[0],0,n)]}return n==="bool"?[Ge(e[0])]:[e[0].toString()]}if(u===1){if(a>ge){const x=ht*i;let T=Array.from(e.slice(0,x)),M=Array.from(e.slice((a-ht)*i,a*i));return n==="complex64"&&(T=gt(T),M=gt(M)),["["+T.map((b,F)=>dt(b,r[F],n)).join(", ")+", ..., "+M.map((b,F)=>dt(b,r[a-ht+F],n)).join(", ")+"]"]}return["["+(n==="complex64"?gt(e):Array.from(e)).map((x,T)=>dt(x,r[T],n)).join(", ")+"]"]}const l=t.slice(1),h=s.slice(1),d=s[0]*i,f=[];if(a>ge){for(let I=0;I<ht;I++){const x=I*d,T=x+d;f.push(...xt(e.slice(x,T),l,n,h,r,!1))}f.push("...");for(let I=a-ht;I<a;I++){const x=I*d,T=x+d;f.push(...xt(e.slice(x,T),l,n,h,r,I===a-1))}}else for(let I=0;I<a;I++){const x=I*d,T=x+d;f.push(...xt(e.slice(x,T),l,n,h,r,I===a-1))}const w=u===2?",":"";f[0]="["+(a>0?f[0]+w:"");for(let I=1;I<f.length-1;I++)f[I]=" "+f[I]+w;let E=`,
`;for(let I=2;I<u;I++)E+=`
`;return f[f.length-1]=" "+f[f.length-1]+"]"+(o?"":E),f}function gt(e){const t=[];for(let n=0;n<e.length;n+=2)t.push([e[n],e[n+1]]);return t}/**
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
 */class mc{constructor(t,n,s){if(this.dtype=n,this.shape=t.slice(),this.size=tt(t),s!=null){const r=s.length;$(r===this.size,()=>`Length of values '${r}' does not match the size inferred by the shape '${this.size}'.`)}if(n==="complex64")throw new Error("complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).");this.values=s||ee(n,this.size),this.strides=Nt(t)}set(t,...n){n.length===0&&(n=[0]),$(n.length===this.rank,()=>`The number of provided coordinates (${n.length}) must match the rank (${this.rank})`);const s=this.locToIndex(n);this.values[s]=t}get(...t){t.length===0&&(t=[0]);let n=0;for(const r of t){if(r<0||r>=this.shape[n]){const o=`Requested out of range element at ${t}.   Buffer shape=${this.shape}`;throw new Error(o)}n++}let s=t[t.length-1];for(let r=0;r<t.length-1;++r)s+=this.strides[r]*t[r];return this.values[s]}locToIndex(t){if(this.rank===0)return 0;if(this.rank===1)return t[0];let n=t[t.length-1];for(let s=0;s<t.length-1;++s)n+=this.strides[s]*t[s];return n}indexToLoc(t){if(this.rank===0)return[];if(this.rank===1)return[t];const n=new Array(this.shape.length);for(let s=0;s<n.length-1;++s)n[s]=Math.floor(t/this.strides[s]),t-=n[s]*this.strides[s];return n[n.length-1]=t,n}get rank(){return this.shape.length}toTensor(){return Q().makeTensor(this.values,this.shape,this.dtype)}}let Q=null,it=null;function sr(e){Q=e}function bc(e){it=e}class J{constructor(t,n,s,r){this.kept=!1,this.isDisposedInternal=!1,this.shape=t.slice(),this.dtype=n||"float32",this.size=tt(t),this.strides=Nt(t),this.dataId=s,this.id=r,this.rankType=this.rank<5?this.rank.toString():"higher"}get rank(){return this.shape.length}async buffer(){const t=await this.data();return it.buffer(this.shape,this.dtype,t)}bufferSync(){return it.buffer(this.shape,this.dtype,this.dataSync())}async array(){const t=await this.data();return at(this.shape,t,this.dtype==="complex64")}arraySync(){return at(this.shape,this.dataSync(),this.dtype==="complex64")}async data(){this.throwIfDisposed();const t=Q().read(this.dataId);if(this.dtype==="string"){const n=await t;try{return n.map(s=>Wt(s))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}}return t}dataToGPU(t){return this.throwIfDisposed(),Q().readToGPU(this.dataId,t)}dataSync(){this.throwIfDisposed();const t=Q().readSync(this.dataId);if(this.dtype==="string")try{return t.map(n=>Wt(n))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}return t}async bytes(){this.throwIfDisposed();const t=await Q().read(this.dataId);return this.dtype==="string"?t:new Uint8Array(t.buffer)}dispose(){this.isDisposed||(this.kerasMask&&this.kerasMask.dispose(),Q().disposeTensor(this),this.isDisposedInternal=!0)}get isDisposed(){return this.isDisposedInternal}throwIfDisposed(){if(this.isDisposed)throw new Error("Tensor is disposed.")}print(t=!1){return it.print(this,t)}clone(){return this.throwIfDisposed(),it.clone(this)}toString(t=!1){const n=this.dataSync();return er(n,this.shape,this.dtype,t)}cast(t){return this.throwIfDisposed(),it.cast(this,t)}variable(t=!0,n,s){return this.throwIfDisposed(),Q().makeVariable(this,t,n,s)}}Object.defineProperty(J,Symbol.hasInstance,{value:e=>!!e&&e.data!=null&&e.dataSync!=null&&e.throwIfDisposed!=null});function Ke(){return se("Tensor",()=>J)}Ke();class jt extends J{constructor(t,n,s,r){super(t.shape,t.dtype,t.dataId,r),this.trainable=n,this.name=s}assign(t){if(t.dtype!==this.dtype)throw new Error(`dtype of the new value (${t.dtype}) and previous value (${this.dtype}) must match`);if(!Dt(t.shape,this.shape))throw new Error(`shape of the new value (${t.shape}) and previous value (${this.shape}) must match`);Q().disposeTensor(this),this.dataId=t.dataId,Q().incRef(this,null)}dispose(){Q().disposeVariable(this),this.isDisposedInternal=!0}}Object.defineProperty(jt,Symbol.hasInstance,{value:e=>e instanceof J&&e.assign!=null&&e.assign instanceof Function});/**
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
 */var pe;(function(e){e.R0="R0",e.R1="R1",e.R2="R2",e.R3="R3",e.R4="R4",e.R5="R5",e.R6="R6"})(pe||(pe={}));var zt;(function(e){e.float32="float32",e.int32="int32",e.bool="int32",e.complex64="complex64"})(zt||(zt={}));var Ht;(function(e){e.float32="float32",e.int32="int32",e.bool="bool",e.complex64="complex64"})(Ht||(Ht={}));var Zt;(function(e){e.float32="float32",e.int32="float32",e.bool="float32",e.complex64="complex64"})(Zt||(Zt={}));var Xt;(function(e){e.float32="complex64",e.int32="complex64",e.bool="complex64",e.complex64="complex64"})(Xt||(Xt={}));const rr={float32:Zt,int32:zt,bool:Ht,complex64:Xt};function Ue(e,t){if(e==="string"||t==="string"){if(e==="string"&&t==="string")return"string";throw new Error(`Can not upcast ${e} with ${t}`)}return rr[e][t]}function yc(e){return Ue(e,"int32")}function qe(e){return e!=null&&typeof e=="object"&&"texture"in e&&e.texture instanceof WebGLTexture}function Ve(e){return typeof GPUBuffer<"u"&&e!=null&&typeof e=="object"&&"buffer"in e&&e.buffer instanceof GPUBuffer}/**
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
 */function j(e,t){if(e.dtype===t.dtype)return[e,t];const n=Ue(e.dtype,t.dtype);return[e.cast(n),t.cast(n)]}function or(e,t){$(e.dtype===t.dtype,()=>`The dtypes of the first(${e.dtype}) and second(${t.dtype}) input must match`)}function ir(e,t){return t.some(n=>n.id===e.id)}function ie(e){const t=[];return We(e,t,new Set),t}function We(e,t,n){if(e==null)return;if(e instanceof J){t.push(e);return}if(!ar(e))return;const s=e;for(const r in s){const o=s[r];n.has(o)||(n.add(o),We(o,t,n))}}function ar(e){return Array.isArray(e)||typeof e=="object"}var wc=Object.freeze({__proto__:null,assertTypesMatch:or,getTensorsInContainer:ie,isTensorInList:ir,makeTypesMatch:j});/**
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
 */function Gt(e){return e.kernelName!=null}class me{constructor(){this.registeredVariables={},this.nextTapeNodeId=0,this.numBytes=0,this.numTensors=0,this.numStringTensors=0,this.numDataBuffers=0,this.gradientDepth=0,this.kernelDepth=0,this.scopeStack=[],this.numDataMovesStack=[],this.nextScopeId=0,this.tensorInfo=new WeakMap,this.profiling=!1,this.activeProfile={newBytes:0,newTensors:0,peakBytes:0,kernels:[],result:null,get kernelNames(){return Array.from(new Set(this.kernels.map(t=>t.name)))}}}dispose(){for(const t in this.registeredVariables)this.registeredVariables[t].dispose()}}class ft{constructor(t){this.ENV=t,this.registry={},this.registryFactory={},this.pendingBackendInitId=0,this.state=new me}async ready(){if(this.pendingBackendInit!=null)return this.pendingBackendInit.then(()=>{});if(this.backendInstance!=null)return;const t=this.getSortedBackends();for(let n=0;n<t.length;n++){const s=t[n];if(await this.initializeBackend(s).success){await this.setBackend(s);return}}throw new Error("Could not initialize any backends, all backend initializations failed.")}get backend(){if(this.pendingBackendInit!=null)throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);if(this.backendInstance==null){const{name:t,asyncInit:n}=this.initializeBackendsAndReturnBest();if(n)throw new Error(`The highest priority backend '${t}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);this.setBackend(t)}return this.backendInstance}backendNames(){return Object.keys(this.registryFactory)}findBackend(t){if(!(t in this.registry))if(t in this.registryFactory){const{asyncInit:n}=this.initializeBackend(t);if(n)return null}else return null;return this.registry[t]}findBackendFactory(t){return t in this.registryFactory?this.registryFactory[t].factory:null}registerBackend(t,n,s=1){return t in this.registryFactory?(rt(`${t} backend was already registered. Reusing existing backend factory.`),!1):(this.registryFactory[t]={factory:n,priority:s},!0)}async setBackend(t){if(this.registryFactory[t]==null)throw new Error(`Backend name '${t}' not found in registry`);if(this.backendName=t,this.registry[t]==null){this.backendInstance=null;const{success:n,asyncInit:s}=this.initializeBackend(t);if(!(s?await n:n))return!1}return this.backendInstance=this.registry[t],this.setupRegisteredKernels(),this.profiler=new Xs(this.backendInstance),!0}setupRegisteredKernels(){qt(this.backendName).forEach(n=>{n.setupFunc!=null&&n.setupFunc(this.backendInstance)})}disposeRegisteredKernels(t){qt(t).forEach(s=>{s.disposeFunc!=null&&s.disposeFunc(this.registry[t])})}initializeBackend(t){const n=this.registryFactory[t];if(n==null)throw new Error(`Cannot initialize backend ${t}, no registration found.`);try{const s=n.factory();if(s&&!(s instanceof ln)&&typeof s.then=="function"){const r=++this.pendingBackendInitId,o=s.then(i=>r<this.pendingBackendInitId?!1:(this.registry[t]=i,this.pendingBackendInit=null,!0)).catch(i=>(r<this.pendingBackendInitId||(this.pendingBackendInit=null,rt(`Initialization of backend ${t} failed`),rt(i.stack||i.message)),!1));return this.pendingBackendInit=o,{success:o,asyncInit:!0}}else return this.registry[t]=s,{success:!0,asyncInit:!1}}catch(s){return rt(`Initialization of backend ${t} failed`),rt(s.stack||s.message),{success:!1,asyncInit:!1}}}removeBackend(t){if(!(t in this.registryFactory))throw new Error(`${t} backend not found in registry`);this.backendName===t&&this.pendingBackendInit!=null&&this.pendingBackendInitId++,t in this.registry&&(this.disposeRegisteredKernels(t),this.registry[t].dispose(),delete this.registry[t]),delete this.registryFactory[t],this.backendName===t&&(this.pendingBackendInit=null,this.backendName=null,this.backendInstance=null)}getSortedBackends(){if(Object.keys(this.registryFactory).length===0)throw new Error("No backend found in registry.");return Object.keys(this.registryFactory).sort((t,n)=>this.registryFactory[n].priority-this.registryFactory[t].priority)}initializeBackendsAndReturnBest(){const t=this.getSortedBackends();for(let n=0;n<t.length;n++){const s=t[n],{success:r,asyncInit:o}=this.initializeBackend(s);if(o||r)return{name:s,asyncInit:o}}throw new Error("Could not initialize any backends, all backend initializations failed.")}moveData(t,n){const s=this.state.tensorInfo.get(n),r=s.backend,o=this.readSync(n),i=r.refCount(n);r.disposeData(n,!0),s.backend=t,t.move(n,o,s.shape,s.dtype,i),this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack[this.state.numDataMovesStack.length-1]++}tidy(t,n){let s=null;if(n==null){if(typeof t!="function")throw new Error("Please provide a function to tidy()");n=t}else{if(typeof t!="string"&&!(t instanceof String))throw new Error("When calling with two arguments, the first argument to tidy() must be a string");if(typeof n!="function")throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");s=t}let r;return this.scopedRun(()=>this.startScope(s),()=>this.endScope(r),()=>(r=n(),r instanceof Promise&&console.error("Cannot return a Promise inside of tidy."),r))}scopedRun(t,n,s){t();try{const r=s();return n(),r}catch(r){throw n(),r}}nextTensorId(){return ft.nextTensorId++}nextVariableId(){return ft.nextVariableId++}clone(t){const n=m.runKernel(Me,{x:t}),s={x:t},r=i=>({x:()=>{const a="float32",u={x:i},l={dtype:a};return m.runKernel(Be,u,l)}}),o=[];return this.addTapeNode(this.state.activeScope.name,s,[n],r,o,{}),n}runKernel(t,n,s){if(this.backendName==null&&this.backend,!(le(t,this.backendName)!=null))throw new Error(`Kernel '${t}' not registered for backend '${this.backendName}'`);return this.runKernelFunc({kernelName:t,inputs:n,attrs:s})}shouldCheckForMemLeaks(){return this.ENV.getBool("IS_TEST")}checkKernelForMemLeak(t,n,s){const r=this.backend.numDataIds();let o=0;s.forEach(u=>{o+=u.dtype==="complex64"?3:1});const i=this.state.numDataMovesStack[this.state.numDataMovesStack.length-1],a=r-n-o-i;if(a>0)throw new Error(`Backend '${this.backendName}' has an internal memory leak (${a} data ids) after running '${t}'`)}runKernelFunc(t){let n,s=[];const r=this.isTapeOn(),o=this.state.numBytes,i=this.state.numTensors;this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack.push(0);let a;this.backendName==null&&this.backend;let u;const l=Gt(t)?t.kernelName:this.state.activeScope!=null?this.state.activeScope.name:"";if(Gt(t)){const{kernelName:E,inputs:I,attrs:x}=t;this.backendName==null&&this.backend;const T=le(E,this.backendName);$(T!=null,()=>`Cannot find registered kernel '${E}' for backend '${this.backendName}'`),a=()=>{const M=this.backend.numDataIds();u=T.kernelFunc({inputs:I,attrs:x,backend:this.backend});const b=Array.isArray(u)?u:[u];this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(E,M,b);const F=b.map(_=>_.rank!=null?_:this.makeTensorFromTensorInfo(_));if(r){const _=this.getTensorsForGradient(E,I,F);s=this.saveTensorsForBackwardMode(_)}return F}}else{const{forwardFunc:E}=t,I=x=>{r&&(s=x.map(T=>this.keep(this.clone(T))))};a=()=>{const x=this.backend.numDataIds();u=this.tidy(()=>E(this.backend,I));const T=Array.isArray(u)?u:[u];return this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(l,x,T),T}}const{inputs:h,attrs:d}=t,f=Gt(t)?null:t.backwardsFunc;let w;return this.scopedRun(()=>this.state.kernelDepth++,()=>this.state.kernelDepth--,()=>{!this.ENV.getBool("DEBUG")&&!this.state.profiling?n=a():(w=this.profiler.profileKernel(l,h,()=>a()),this.ENV.getBool("DEBUG")&&this.profiler.logKernelProfile(w),n=w.outputs)}),r&&this.addTapeNode(l,h,n,f,s,d),this.state.profiling&&this.state.activeProfile.kernels.push({name:l,bytesAdded:this.state.numBytes-o,totalBytesSnapshot:this.state.numBytes,tensorsAdded:this.state.numTensors-i,totalTensorsSnapshot:this.state.numTensors,inputShapes:Object.keys(h).map(E=>h[E]!=null?h[E].shape:null),outputShapes:n.map(E=>E.shape),kernelTimeMs:w.timeMs,extraInfo:w.extraInfo}),Array.isArray(u)?n:n[0]}saveTensorsForBackwardMode(t){return t.map(s=>this.keep(this.clone(s)))}getTensorsForGradient(t,n,s){const r=fe(t);if(r!=null){const o=r.inputsToSave||[],i=r.outputsToSave||[];let a;r.saveAllInputs?($(Array.isArray(n),()=>"saveAllInputs is true, expected inputs to be an array."),a=Object.keys(n).map(l=>n[l])):a=o.map(l=>n[l]);const u=s.filter((l,h)=>i[h]);return a.concat(u)}return[]}makeTensor(t,n,s,r){if(t==null)throw new Error("Values passed to engine.makeTensor() are null");s=s||"float32",r=r||this.backend;let o=t;s==="string"&&_t(t[0])&&(o=t.map(u=>oe(u)));const i=r.write(o,n,s),a=new J(n,s,i,this.nextTensorId());if(this.trackTensor(a,r),s==="string"){const u=this.state.tensorInfo.get(i),l=xe(o);this.state.numBytes+=l-u.bytes,u.bytes=l}return a}makeTensorFromDataId(t,n,s,r){s=s||"float32";const o={dataId:t,shape:n,dtype:s};return this.makeTensorFromTensorInfo(o,r)}makeTensorFromTensorInfo(t,n){const{dataId:s,shape:r,dtype:o}=t,i=new J(r,o,s,this.nextTensorId());return this.trackTensor(i,n),i}makeVariable(t,n=!0,s,r){s=s||this.nextVariableId().toString(),r!=null&&r!==t.dtype&&(t=t.cast(r));const o=new jt(t,n,s,this.nextTensorId());if(this.state.registeredVariables[o.name]!=null)throw new Error(`Variable with name ${o.name} was already registered`);return this.state.registeredVariables[o.name]=o,this.incRef(o,this.backend),o}trackTensor(t,n){this.state.numTensors++,t.dtype==="string"&&this.state.numStringTensors++;let s=0;t.dtype!=="complex64"&&t.dtype!=="string"&&(s=t.size*Ft(t.dtype)),this.state.numBytes+=s,this.state.tensorInfo.has(t.dataId)||(this.state.numDataBuffers++,this.state.tensorInfo.set(t.dataId,{backend:n||this.backend,dtype:t.dtype,shape:t.shape,bytes:s})),t instanceof jt||this.track(t)}incRef(t,n){this.trackTensor(t,n),this.backend.incRef(t.dataId)}removeDataId(t,n){this.state.tensorInfo.has(t)&&this.state.tensorInfo.get(t).backend===n&&(this.state.tensorInfo.delete(t),this.state.numDataBuffers--)}disposeTensor(t){if(!this.state.tensorInfo.has(t.dataId))return;const n=this.state.tensorInfo.get(t.dataId);if(this.state.numTensors--,t.dtype==="string"&&(this.state.numStringTensors--,this.state.numBytes-=n.bytes),t.dtype!=="complex64"&&t.dtype!=="string"){const s=t.size*Ft(t.dtype);this.state.numBytes-=s}n.backend.disposeData(t.dataId)&&this.removeDataId(t.dataId,n.backend)}disposeVariables(){for(const t in this.state.registeredVariables){const n=this.state.registeredVariables[t];this.disposeVariable(n)}}disposeVariable(t){this.disposeTensor(t),this.state.registeredVariables[t.name]!=null&&delete this.state.registeredVariables[t.name]}memory(){const t=this.backend.memory();return t.numTensors=this.state.numTensors,t.numDataBuffers=this.state.numDataBuffers,t.numBytes=this.state.numBytes,this.state.numStringTensors>0&&(t.unreliable=!0,t.reasons==null&&(t.reasons=[]),t.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)")),t}async profile(t){this.state.profiling=!0;const n=this.state.numBytes,s=this.state.numTensors;this.state.activeProfile.kernels=[],this.state.activeProfile.result=await t(),this.state.profiling=!1,this.state.activeProfile.peakBytes=Math.max(...this.state.activeProfile.kernels.map(r=>r.totalBytesSnapshot)),this.state.activeProfile.newBytes=this.state.numBytes-n,this.state.activeProfile.newTensors=this.state.numTensors-s;for(const r of this.state.activeProfile.kernels)r.kernelTimeMs=await r.kernelTimeMs,r.extraInfo=await r.extraInfo;return this.state.activeProfile}isTapeOn(){return this.state.gradientDepth>0&&this.state.kernelDepth===0}addTapeNode(t,n,s,r,o,i){const a={id:this.state.nextTapeNodeId++,kernelName:t,inputs:n,outputs:s,saved:o},u=fe(t);u!=null&&(r=u.gradFunc),r!=null&&(a.gradient=l=>(l=l.map((h,d)=>{if(h==null){const f=s[d],w=Bt(f.size,f.dtype);return this.makeTensor(w,f.shape,f.dtype)}return h}),r(l.length>1?l:l[0],o,i))),this.state.activeTape.push(a)}keep(t){return t.kept=!0,t}startTape(){this.state.gradientDepth===0&&(this.state.activeTape=[]),this.state.gradientDepth++}endTape(){this.state.gradientDepth--}startScope(t){const n={track:[],name:"unnamed scope",id:this.state.nextScopeId++};t&&(n.name=t),this.state.scopeStack.push(n),this.state.activeScope=n}endScope(t){const n=ie(t),s=new Set(n.map(o=>o.id));for(let o=0;o<this.state.activeScope.track.length;o++){const i=this.state.activeScope.track[o];!i.kept&&!s.has(i.id)&&i.dispose()}const r=this.state.scopeStack.pop();this.state.activeScope=this.state.scopeStack.length===0?null:this.state.scopeStack[this.state.scopeStack.length-1],n.forEach(o=>{!o.kept&&o.scopeId===r.id&&this.track(o)})}gradients(t,n,s,r=!1){if($(n.length>0,()=>"gradients() received an empty list of xs."),s!=null&&s.dtype!=="float32")throw new Error(`dy must have 'float32' dtype, but has '${s.dtype}'`);const o=this.scopedRun(()=>this.startTape(),()=>this.endTape(),()=>this.tidy("forward",t));$(o instanceof J,()=>"The result y returned by f() must be a tensor.");const i=Js(this.state.activeTape,n,o);if(!r&&i.length===0&&n.length>0)throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");return this.tidy("backward",()=>{const a={};a[o.id]=s??cr(o.shape),tr(a,i,l=>this.tidy(l),lr);const u=n.map(l=>a[l.id]);return this.state.gradientDepth===0&&(this.state.activeTape.forEach(l=>{for(const h of l.saved)h.dispose()}),this.state.activeTape=null),{value:o,grads:u}})}customGrad(t){return $(Ut(t),()=>"The f passed in customGrad(f) must be a function."),(...n)=>{$(n.every(a=>a instanceof J),()=>"The args passed in customGrad(f)(x1, x2,...) must all be tensors");let s;const r={};n.forEach((a,u)=>{r[u]=a});const o=(a,u)=>(s=t(...n,u),$(s.value instanceof J,()=>"The function f passed in customGrad(f) must return an object where `obj.value` is a tensor"),$(Ut(s.gradFunc),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function."),s.value),i=(a,u)=>{const l=s.gradFunc(a,u),h=Array.isArray(l)?l:[l];$(h.length===n.length,()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...)."),$(h.every(f=>f instanceof J),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");const d={};return h.forEach((f,w)=>{d[w]=()=>f}),d};return this.runKernelFunc({forwardFunc:o,backwardsFunc:i,inputs:r})}}readSync(t){return this.state.tensorInfo.get(t).backend.readSync(t)}read(t){return this.state.tensorInfo.get(t).backend.read(t)}readToGPU(t,n){return this.state.tensorInfo.get(t).backend.readToGPU(t,n)}async time(t){const n=wt(),s=await this.backend.time(t);return s.wallMs=wt()-n,s}track(t){return this.state.activeScope!=null&&(t.scopeId=this.state.activeScope.id,this.state.activeScope.track.push(t)),t}get registeredVariables(){return this.state.registeredVariables}reset(){this.pendingBackendInitId++,this.state.dispose(),this.ENV.reset(),this.state=new me;for(const t in this.registry)this.disposeRegisteredKernels(t),this.registry[t].dispose(),delete this.registry[t];this.backendName=null,this.backendInstance=null,this.pendingBackendInit=null}}ft.nextTensorId=0;ft.nextVariableId=0;function cr(e){const t=ne(tt(e),"float32");return m.makeTensor(t,e,"float32")}function ur(){const e=ve();if(e._tfengine==null){const t=new Nn(e);e._tfengine=new ft(t)}return Ln(e._tfengine.ENV),sr(()=>e._tfengine),e._tfengine}const m=ur();function lr(e,t){const n={a:e,b:t};return m.runKernel(Ne,n)}/**
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
 */function fr(e,t){let n=e;if(Y(e))return t==="string"?[]:[e.length];if(qe(e)){const r=e.channels||"RGBA";return[e.height,e.width*r.length]}else if(Ve(e))return[e.buffer.size/(t==null?4:Ft(t))];if(!Array.isArray(e))return[];const s=[];for(;Array.isArray(n)||Y(n)&&t!=="string";)s.push(n.length),n=n[0];return Array.isArray(e)&&R().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")&&je(e,s,[]),s}function je(e,t,n){if(n=n||[],!Array.isArray(e)&&!Y(e)){$(t.length===0,()=>`Element arr[${n.join("][")}] is a primitive, but should be an array/TypedArray of ${t[0]} elements`);return}$(t.length>0,()=>`Element arr[${n.join("][")}] should be a primitive, but is an array of ${e.length} elements`),$(e.length===t[0],()=>`Element arr[${n.join("][")}] should have ${t[0]} elements, but has ${e.length} elements`);const s=t.slice(1);for(let r=0;r<e.length;++r)je(e[r],s,n.concat(r))}function be(e,t,n,s){if(e!=="string_or_numeric"){if(e==null)throw new Error("Expected dtype cannot be null.");if(e!=="numeric"&&e!==t||e==="numeric"&&t==="string")throw new Error(`Argument '${n}' passed to '${s}' must be ${e} tensor, but got ${t} tensor`)}}function y(e,t,n,s="numeric"){if(e instanceof Ke())return be(s,e.dtype,t,n),e;let r=vt(e);if(r!=="string"&&["bool","int32","float32"].indexOf(s)>=0&&(r=s),be(s,r,t,n),e==null||!Y(e)&&!Array.isArray(e)&&typeof e!="number"&&typeof e!="boolean"&&typeof e!="string"){const u=e==null?"null":e.constructor.name;throw new Error(`Argument '${t}' passed to '${n}' must be a Tensor or TensorLike, but got '${u}'`)}const o=fr(e,r);!Y(e)&&!Array.isArray(e)&&(e=[e]);const a=r!=="string"?Rt(e,r):lt(e,[],!0);return m.makeTensor(a,o,r)}function ze(e,t,n,s="numeric"){if(!Array.isArray(e))throw new Error(`Argument ${t} passed to ${n} must be a \`Tensor[]\` or \`TensorLike[]\``);return e.map((o,i)=>y(o,`${t}[${i}]`,n,s))}/**
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
 */const hr="__op";function S(e){const t=Object.keys(e);if(t.length!==1)throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${t.length} keys.`);let n=t[0];const s=e[n];n.endsWith("_")&&(n=n.substring(0,n.length-1)),n=n+hr;const r=(...o)=>{m.startScope(n);try{const i=s(...o);return Mt(i)&&console.error("Cannot return a Promise inside of tidy."),m.endScope(i),i}catch(i){throw m.endScope(null),i}};return Object.defineProperty(r,"name",{value:n,configurable:!0}),r}/**
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
 */function dr(e,t){const n=y(e,"real","complex"),s=y(t,"imag","complex");Ee(n.shape,s.shape,`real and imag shapes, ${n.shape} and ${s.shape}, must match in call to tf.complex().`);const r={real:n,imag:s};return m.runKernel(Gn,r)}const ae=S({complex_:dr});/**
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
 */function gr(e,t,n,s){if(s==null)s=vt(e);else if(s==="complex64")throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");if(Ve(e)||qe(e)){if(s!=="float32"&&s!=="int32")throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${s}.`);return m.backend.createTensorFromGPUData(e,t||n,s)}if(!Y(e)&&!Array.isArray(e)&&typeof e!="number"&&typeof e!="boolean"&&typeof e!="string")throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");if(t!=null){Et(t);const r=tt(t),o=tt(n);$(r===o,()=>`Based on the provided shape, [${t}], the tensor should have ${r} values but has ${o}`);for(let i=0;i<n.length;++i){const a=n[i],u=i===n.length-1?a!==tt(t.slice(i)):!0;$(n[i]===t[i]||!u,()=>`Error creating a new Tensor. Inferred shape (${n}) does not match the provided shape (${t}). `)}}return!Y(e)&&!Array.isArray(e)&&(e=[e]),t=t||n,e=s!=="string"?Rt(e,s):lt(e,[],!0),m.makeTensor(e,t,s)}/**
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
 */function kc(){R().set("PROD",!0)}function $c(){R().set("DEBUG",!0)}function Ec(){R().set("DEPRECATION_WARNINGS_ENABLED",!1),console.warn("TensorFlow.js deprecation warnings have been disabled.")}function Sc(e){R().getBool("DEPRECATION_WARNINGS_ENABLED")&&console.warn(e+" You can disable deprecation warnings with tf.disableDeprecationWarnings().")}function Ic(){m.disposeVariables()}function Tc(){return m}function xc(){return m.memory()}function Ac(e){return m.profile(e)}function pr(e,t){return m.tidy(e,t)}function Fc(e){ie(e).forEach(n=>n.dispose())}function Dc(e){return m.keep(e)}function _c(e){return m.time(e)}function vc(e){return m.setBackend(e)}function Nc(){return m.ready()}function Bc(){return m.backendName}function Mc(e){m.removeBackend(e)}function Rc(e){return m.findBackend(e)}function Lc(e){return m.findBackendFactory(e)}function Pc(e,t,n=1){return m.registerBackend(e,t,n)}function Cc(){return m.backend}function Oc(e,t){R().setPlatform(e,t)}/**
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
 */function mr(e,t){const n=y(e,"x","cast");if(!Te(t))throw new Error(`Failed to cast to unknown dtype ${t}`);if(t==="string"&&n.dtype!=="string"||t!=="string"&&n.dtype==="string")throw new Error("Only strings can be casted to strings");const s={x:n},r={dtype:t};return m.runKernel(Be,s,r)}const Yt=S({cast_:mr});/**
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
 */function br(e){const n={x:y(e,"x","clone","string_or_numeric")};return m.runKernel(Me,n)}const He=S({clone_:br});/**
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
 */function yr(e,t){let n=y(e,"a","add"),s=y(t,"b","add");[n,s]=j(n,s);const r={a:n,b:s};return m.runKernel(Ne,r)}const Gc=S({add_:yr});/**
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
 */function wr(e,t){let n=y(e,"a","floorDiv"),s=y(t,"b","floorDiv");[n,s]=j(n,s);const r={a:n,b:s};return m.runKernel(ss,r)}const kr=S({floorDiv_:wr});/**
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
 */function $r(e,t){let n=y(e,"a","div"),s=y(t,"b","div");if([n,s]=j(n,s),n.dtype==="int32"&&s.dtype==="int32")return kr(n,s);const r={a:n,b:s},o={};return m.runKernel(Qn,r,o)}const Kc=S({div_:$r});/**
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
 */function Er(e,t){let n=y(e,"a","mul"),s=y(t,"b","mul");[n,s]=j(n,s);const r={a:n,b:s};return m.runKernel(gs,r)}const Uc=S({mul_:Er});/**
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
 */function qc(e,t,n,s,r="NHWC",o){const i=e[3],a=[...t,i],u=Dr(r);return Ze(e,a,n,o,s,null,null,u)}function Vc(e,t,n,s,r,o,i="channelsLast"){const[a,u]=kt(t);let l;if(i==="channelsLast")l=[a,u,e[3],e[3]];else if(i==="channelsFirst")l=[a,u,e[1],e[1]];else throw new Error(`Unknown dataFormat ${i}`);return Ze(e,l,n,s,r,o,!1,i)}function Wc(e,t,n,s,r,o,i="NDHWC"){const[a,u,l]=Qt(t);let h,d;if(i==="NDHWC")d="channelsLast",h=[a,u,l,e[4],e[4]];else if(i==="NCDHW")d="channelsFirst",h=[a,u,l,e[1],e[1]];else throw new Error(`Unknown dataFormat ${i}`);return Sr(e,h,n,s,r,!1,d,o)}function Ze(e,t,n,s,r,o,i=!1,a="channelsLast"){let[u,l,h,d]=[-1,-1,-1,-1];if(a==="channelsLast")[u,l,h,d]=e;else if(a==="channelsFirst")[u,d,l,h]=e;else throw new Error(`Unknown dataFormat ${a}`);const[f,w,,E]=t,[I,x]=kt(n),[T,M]=kt(s),b=ct(f,T),F=ct(w,M),{padInfo:_,outHeight:U,outWidth:q}=xr(r,l,h,I,x,b,F,o,a),B=i?E*d:E;let p;return a==="channelsFirst"?p=[u,B,U,q]:a==="channelsLast"&&(p=[u,U,q,B]),{batchSize:u,dataFormat:a,inHeight:l,inWidth:h,inChannels:d,outHeight:U,outWidth:q,outChannels:B,padInfo:_,strideHeight:I,strideWidth:x,filterHeight:f,filterWidth:w,effectiveFilterHeight:b,effectiveFilterWidth:F,dilationHeight:T,dilationWidth:M,inShape:e,outShape:p,filterShape:t}}function Sr(e,t,n,s,r,o=!1,i="channelsLast",a){let[u,l,h,d,f]=[-1,-1,-1,-1,-1];if(i==="channelsLast")[u,l,h,d,f]=e;else if(i==="channelsFirst")[u,f,l,h,d]=e;else throw new Error(`Unknown dataFormat ${i}`);const[w,E,I,,x]=t,[T,M,b]=Qt(n),[F,_,U]=Qt(s),q=ct(w,F),B=ct(E,_),p=ct(I,U),{padInfo:g,outDepth:c,outHeight:k,outWidth:A}=Ar(r,l,h,d,T,M,b,q,B,p,a),N=o?x*f:x;let D;return i==="channelsFirst"?D=[u,N,c,k,A]:i==="channelsLast"&&(D=[u,c,k,A,N]),{batchSize:u,dataFormat:i,inDepth:l,inHeight:h,inWidth:d,inChannels:f,outDepth:c,outHeight:k,outWidth:A,outChannels:N,padInfo:g,strideDepth:T,strideHeight:M,strideWidth:b,filterDepth:w,filterHeight:E,filterWidth:I,effectiveFilterDepth:q,effectiveFilterHeight:B,effectiveFilterWidth:p,dilationDepth:F,dilationHeight:_,dilationWidth:U,inShape:e,outShape:D,filterShape:t}}function Ir(e,t,n,s,r){s==null&&(s=Xe(e,t,n));const o=e[0],i=e[1],a=$t((o-t+2*s)/n+1,r),u=$t((i-t+2*s)/n+1,r);return[a,u]}function Tr(e,t,n,s,r,o){r==null&&(r=Xe(e,t[0],s[0]));const i=[0,0,0,n];for(let a=0;a<3;a++)e[a]+2*r>=t[a]&&(i[a]=$t((e[a]-t[a]+2*r)/s[a]+1,o));return i}function Xe(e,t,n,s=1){const r=ct(t,s);return Math.floor((e[0]*(n-1)-n+r)/2)}function kt(e){return typeof e=="number"?[e,e,e]:e.length===2?[e[0],e[1],1]:e}function Qt(e){return typeof e=="number"?[e,e,e]:e}function ct(e,t){return t<=1?e:e+(e-1)*(t-1)}function xr(e,t,n,s,r,o,i,a,u){let l,h,d;if(typeof e=="number"){l={top:e,bottom:e,left:e,right:e,type:e===0?"VALID":"NUMBER"};const w=Ir([t,n],o,s,e,a);h=w[0],d=w[1]}else if(e==="same"){h=Math.ceil(t/s),d=Math.ceil(n/r);const f=Math.max(0,(h-1)*s+o-t),w=Math.max(0,(d-1)*r+i-n),E=Math.floor(f/2),I=f-E,x=Math.floor(w/2),T=w-x;l={top:E,bottom:I,left:x,right:T,type:"SAME"}}else if(e==="valid")l={top:0,bottom:0,left:0,right:0,type:"VALID"},h=Math.ceil((t-o+1)/s),d=Math.ceil((n-i+1)/r);else if(typeof e=="object"){const f=u==="channelsLast"?e[1][0]:e[2][0],w=u==="channelsLast"?e[1][1]:e[2][1],E=u==="channelsLast"?e[2][0]:e[3][0],I=u==="channelsLast"?e[2][1]:e[3][1];l={top:f,bottom:w,left:E,right:I,type:f===0&&w===0&&E===0&&I===0?"VALID":"EXPLICIT"},h=$t((t-o+f+w)/s+1,a),d=$t((n-i+E+I)/r+1,a)}else throw Error(`Unknown padding parameter: ${e}`);return{padInfo:l,outHeight:h,outWidth:d}}function Ar(e,t,n,s,r,o,i,a,u,l,h){let d,f,w,E;if(e==="valid"&&(e=0),typeof e=="number"){d={top:e,bottom:e,left:e,right:e,front:e,back:e,type:e===0?"VALID":"NUMBER"};const x=Tr([t,n,s,1],[a,u,l],1,[r,o,i],e,h);f=x[0],w=x[1],E=x[2]}else if(e==="same"){f=Math.ceil(t/r),w=Math.ceil(n/o),E=Math.ceil(s/i);const I=(f-1)*r+a-t,x=(w-1)*o+u-n,T=(E-1)*i+l-s,M=Math.floor(I/2),b=I-M,F=Math.floor(x/2),_=x-F,U=Math.floor(T/2),q=T-U;d={top:F,bottom:_,left:U,right:q,front:M,back:b,type:"SAME"}}else throw Error(`Unknown padding parameter: ${e}`);return{padInfo:d,outDepth:f,outHeight:w,outWidth:E}}function $t(e,t){if(!t)return Math.trunc(e);switch(t){case"round":return Math.round(e);case"ceil":return Math.ceil(e);case"floor":return Math.floor(e);default:throw new Error(`Unknown roundingMode ${t}`)}}function ye(e){const[t,n,s]=kt(e);return t===1&&n===1&&s===1}function Fr(e,t){return ye(e)||ye(t)}function we(e){return kt(e).every(t=>t>0)}function Dr(e){if(e==="NHWC")return"channelsLast";if(e==="NCHW")return"channelsFirst";throw new Error(`Unknown dataFormat ${e}`)}function ce(e,t,n){if(n!=null){if(typeof t=="string")throw Error(`Error in ${e}: pad must be an integer when using dimRoundingMode ${n} but got pad ${t}.`);if(typeof t=="number")$(bt(t),()=>`Error in ${e}: pad must be an integer when using dimRoundingMode ${n} but got pad ${t}.`);else if(typeof t=="object")t.forEach(s=>{s.forEach(r=>{$(bt(r),()=>`Error in ${e}: pad must be an integer when using dimRoundingMode ${n} but got pad ${r}.`)})});else throw Error(`Error in ${e}: Unknown padding parameter: ${t}`)}}/**
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
 */function _r(e,t){const s={x:y(e,"x","reshape","string_or_numeric")},r={shape:t};return m.runKernel(ks,s,r)}const H=S({reshape_:_r});/**
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
 */function vr(e,t=0){$(e.length>=1,()=>"Pass at least one tensor to concat");const n=ze(e,"tensors","concat","string_or_numeric");if(n[0].dtype==="complex64"&&n.forEach(o=>{if(o.dtype!=="complex64")throw new Error(`Cannot concatenate complex64 tensors with a tensor
          with dtype ${o.dtype}. `)}),n.length===1)return He(n[0]);const s=n,r={axis:t};return m.runKernel(Kn,s,r)}const jc=S({concat_:vr});/**
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
 */function Nr(e,t,n=!1,s=!1){let r=y(e,"a","matMul"),o=y(t,"b","matMul");[r,o]=j(r,o);const i={a:r,b:o},a={transposeA:n,transposeB:s};return m.runKernel(Cn,i,a)}const zc=S({matMul_:Nr});/**
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
 */function Br(e){const n={x:y(e,"x","sigmoid","float32")};return m.runKernel(As,n)}const Hc=S({sigmoid_:Br});/**
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
 */function Mr(e,t,n){const s=y(e,"x","slice","string_or_numeric");if(s.rank===0)throw new Error("Slicing scalar is not possible");const r={x:s},o={begin:t,size:n};return m.runKernel(Is,r,o)}const Zc=S({slice_:Mr});/**
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
 */function Rr(e,t,n){const s=y(e,"x","batchToSpaceND"),r=t.reduce((a,u)=>a*u);$(s.rank>=1+t.length,()=>`input rank is ${s.rank} but should be > than blockShape.length ${t.length}`),$(n.length===t.length,()=>`crops.length is ${n.length} but should be equal to blockShape.length  ${t.length}`),$(s.shape[0]%r===0,()=>`input tensor batch is ${s.shape[0]} but is not divisible by the product of the elements of blockShape ${t.join(" * ")} === ${r}`);const o={x:s},i={blockShape:t,crops:n};return m.runKernel(On,o,i)}const Xc=S({batchToSpaceND_:Rr});/**
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
 */function Lr(e,t){let n=y(e,"broadcastTo","x");const s=n.shape;if(Et(t),t.length<n.rank)throw new Error(`broadcastTo(): shape.length=${t.length} < input.rank=${n.rank}.`);if(t.length>n.rank){const l=n.shape.slice();for(;l.length<t.length;)l.unshift(1);n=H(n,l)}const r=n.shape,o=Array.from(t);for(let l=t.length-1;l>=0;l--)if(r[l]===t[l])o[l]=1;else if(n.shape[l]!==1)throw new Error(`broadcastTo(): [${s}] cannot be broadcast to [${t}].`);if(o.map((l,h)=>l>1?h:-1).filter(l=>l>=0).length===0)return He(n);const a={x:n},u={reps:o};return m.runKernel(Re,a,u)}const Kt=S({broadcastTo_:Lr});/**
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
 */function Pr(e,t,n,s,r="NHWC",o=[1,1],i){const a=y(e,"x","conv2d","float32"),u=y(t,"filter","conv2d","float32");let l=a,h=!1;a.rank===3&&(h=!0,l=H(a,[1,a.shape[0],a.shape[1],a.shape[2]])),$(l.rank===4,()=>`Error in conv2d: input must be rank 4, but got rank ${l.rank}.`),$(u.rank===4,()=>`Error in conv2d: filter must be rank 4, but got rank ${u.rank}.`),ce("conv2d",s,i);const d=r==="NHWC"?l.shape[3]:l.shape[1];$(d===u.shape[2],()=>`Error in conv2d: depth of input (${d}) must match input depth for filter ${u.shape[2]}.`),$(Fr(n,o),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${n} and dilations '${o}'`),$(we(o),()=>"Error in conv2D: Dilated rates should be larger than 0."),$(we(n),()=>"Error in conv2D: Strides should be larger than 0.");const f={x:l,filter:u},w={strides:n,pad:s,dataFormat:r,dilations:o,dimRoundingMode:i},E=m.runKernel(Un,f,w);return h?H(E,[E.shape[1],E.shape[2],E.shape[3]]):E}const Yc=S({conv2d_:Pr});/**
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
 */function Cr(e,t,n,s,r,o="NHWC",i){$(e.length===t.rank,()=>`Length of inShape (${e.length}) and rank of dy (${t.rank}) must match`);let a=e,u=t,l=!1;t.rank===3&&(l=!0,u=H(t,[1,t.shape[0],t.shape[1],t.shape[2]]),a=[1,e[0],e[1],e[2]]),$(a.length===4,()=>`Error in conv2dDerInput: inShape must be length 4, but got length ${a.length}.`),$(u.rank===4,()=>`Error in conv2dDerInput: dy must be rank 4, but got rank ${u.rank}`),$(n.rank===4,()=>`Error in conv2dDerInput: filter must be rank 4, but got rank ${n.rank}`);const h=o==="NHWC"?a[3]:a[1],d=o==="NHWC"?u.shape[3]:u.shape[1];$(h===n.shape[2],()=>`Error in conv2dDerInput: depth of input (${h}) must match input depth for filter ${n.shape[2]}.`),$(d===n.shape[3],()=>`Error in conv2dDerInput: depth of output (${d}) must match output depth for filter ${n.shape[3]}.`),ce("conv2dDerInput",r,i);const f={dy:u,filter:n},w={strides:s,pad:r,dataFormat:o,dimRoundingMode:i,inputShape:a},E=m.runKernel(Vn,f,w);return l?H(E,[E.shape[1],E.shape[2],E.shape[3]]):E}const Qc=S({conv2DBackpropInput_:Cr});/**
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
 */function Or(e,t,n,s,r){$(e.length===t.rank,()=>`Length of inShape (${e.length}) and rank of dy (${t.rank}) must match`);let o=e,i=t,a=!1;t.rank===4&&(a=!0,i=H(t,[1,t.shape[0],t.shape[1],t.shape[2],t.shape[3]]),o=[1,e[0],e[1],e[2],e[3]]);const u=o[4],l=i.shape[4];$(o.length===5,()=>`Error in conv3dDerInput: inShape must be length 5, but got length ${o.length}.`),$(i.rank===5,()=>`Error in conv3dDerInput: dy must be rank 5, but got rank ${i.rank}`),$(n.rank===5,()=>`Error in conv3dDerInput: filter must be rank 5, but got rank ${n.rank}`),$(u===n.shape[3],()=>`Error in conv3dDerInput: depth of input (${u}) must match input depth for filter ${n.shape[3]}.`),$(l===n.shape[4],()=>`Error in conv3dDerInput: depth of output (${l}) must match output depth for filter ${n.shape[4]}.`);const h={dy:i,filter:n},d={pad:r,strides:s,inputShape:o},f=m.runKernel(Wn,h,d);return a?H(f,[f.shape[1],f.shape[2],f.shape[3],f.shape[4]]):f}const Jc=S({conv3DBackpropInput_:Or});/**
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
 */function Gr(e){const n={x:y(e,"x","cos","float32")};return m.runKernel(jn,n)}const tu=S({cos_:Gr});/**
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
 */function Kr(e){const n={x:y(e,"x","cosh","float32")};return m.runKernel(zn,n)}const eu=S({cosh_:Kr});/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the 'License');
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an 'AS IS' BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function Ur(e,t=0,n=!1,s=!1){const o={x:y(e,"x","cumprod")},i={axis:t,exclusive:n,reverse:s};return m.runKernel(Hn,o,i)}const nu=S({cumprod_:Ur});/**
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
 */function qr(e,t=0,n=!1,s=!1){const o={x:y(e,"x","cumsum")},i={axis:t,exclusive:n,reverse:s};return m.runKernel(Zn,o,i)}const su=S({cumsum_:qr});/**
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
 */function Vr(e,t){const n=e.length,s=[];for(let r=0;r<n;r++){const o=n-1-r,i=e[o]||1;(t[t.length-1-r]||1)>1&&i===1&&s.unshift(o)}return s}function Wr(e,t){const n=[];for(let s=0;s<t.length;s++){const r=e[e.length-s-1],o=t.length-s-1,i=t[o];(r==null||r===1&&i>1)&&n.unshift(o)}return n}function et(e,t){const n=Math.max(e.length,t.length),s=new Array(n);for(let r=0;r<n;r++){let o=e[e.length-r-1];o==null&&(o=1);let i=t[t.length-r-1];if(i==null&&(i=1),o===1)s[n-r-1]=i;else if(i===1)s[n-r-1]=o;else if(o!==i){const a=`Operands could not be broadcast together with shapes ${e} and ${t}.`;throw Error(a)}else s[n-r-1]=o}return s}var ru=Object.freeze({__proto__:null,assertAndGetBroadcastShape:et,getBroadcastDims:Vr,getReductionAxes:Wr});/**
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
 */function jr(e,t){let n=y(e,"a","equal","string_or_numeric"),s=y(t,"b","equal","string_or_numeric");[n,s]=j(n,s),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(Jn,r)}const ou=S({equal_:jr});/**
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
 */function zr(e,t,n){const s=y(t,"a","where"),r=y(n,"b","where"),o=y(e,"condition","where","bool"),i=et(et(o.shape,s.shape),r.shape),a=Kt(o,i),u=Kt(s,i),l=Kt(r,i),h={condition:a,t:u,e:l};return m.runKernel(Ss,h)}const iu=S({where_:zr});/**
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
 */function Hr(e){const n={x:y(e,"x","zerosLike")};return m.runKernel(Rs,n)}const au=S({zerosLike_:Hr});/**
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
 */function Ye(e,t){for(let n=0;n<e.length;++n)if(e[e.length-n-1]!==t-1-n)return!1;return!0}function Zr(e,t,n){const s=e.length+t.length,r=[];let o=0,i=0;for(let a=0;a<s;a++)n.indexOf(a)===-1?r.push(e[o++]):r.push(t[i++]);return r}function cu(e,t){const n=[],s=e.length;for(let o=0;o<s;o++)t.indexOf(o)===-1&&n.push(e[o]);const r=t.map(o=>e[o]);return[n,r]}function uu(e,t){const n=t.map(s=>1);return Zr(e,n,t)}function lu(e,t,n){$(Ye(t,n),()=>`${e} supports only inner-most axes for now. Got axes ${t} and rank-${n} input.`)}function fu(e,t){if(Ye(e,t))return null;const n=[];for(let s=0;s<t;++s)e.indexOf(s)===-1&&n.push(s);return e.forEach(s=>n.push(s)),n}function hu(e){return e.map((t,n)=>[n,t]).sort((t,n)=>t[1]-n[1]).map(t=>t[0])}function du(e,t){const n=[];for(let s=t-e;s<t;++s)n.push(s);return n}/**
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
 */function Xr(e,t){let n=y(e,"base","pow"),s=y(t,"exp","pow");[n,s]=j(n,s);const r={a:n,b:s};return m.runKernel(ys,r)}const gu=S({pow_:Xr});/**
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
 */function pu(e,t){if((Y(e)&&t!=="string"||Array.isArray(e))&&t!=="complex64")throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");if(t==="string"&&Y(e)&&!(e instanceof Uint8Array))throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");return gr(e,[],[],t)}/**
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
 */function Yr(e){const n={x:y(e,"x","sqrt","float32")};return m.runKernel(Fs,n)}const mu=S({sqrt_:Yr});/**
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
 */function Qr(e){const t=y(e,"x","square"),n={};return m.runKernel("Square",{x:t},n)}const bu=S({square_:Qr});/**
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
 */function Jr(e,t=null,n=!1){let s=y(e,"x","sum");s.dtype==="bool"&&(s=Yt(s,"int32"));const r={x:s},o={axis:t,keepDims:n};return m.runKernel(Ds,r,o)}const yu=S({sum_:Jr});/**
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
 */function to(e){const n={x:y(e,"x","exp")};return m.runKernel(ts,n)}const wu=S({exp_:to});/**
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
 */function eo(e,t=0){const n=y(e,"x","expandDims","string_or_numeric");$(t<=n.rank,()=>"Axis must be <= rank of the tensor");const s={input:n},r={dim:t};return m.runKernel(es,s,r)}const ku=S({expandDims_:eo});/**
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
 */function no(e,t){const n=y(e,"x","tile","string_or_numeric");$(n.rank===t.length,()=>`Error in transpose: rank of input ${n.rank} must match length of reps ${t}.`);const s={x:n},r={reps:t};return m.runKernel(Re,s,r)}const $u=S({tile_:no});/**
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
 */function so(e){const n={x:y(e,"x","floor","float32")};return m.runKernel(ns,n)}const Eu=S({floor_:so});/**
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
 */function ro(e,t,n=0,s=0){const r=y(e,"x","gather"),o=y(t,"indices","gather","int32"),i={x:r,indices:o},a={axis:n,batchDims:s};return m.runKernel(rs,i,a)}const Su=S({gather_:ro});/**
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
 */function oo(e,t){let n=y(e,"a","greater","string_or_numeric"),s=y(t,"b","greater","string_or_numeric");[n,s]=j(n,s),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(os,r)}const Iu=S({greater_:oo});/**
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
 */function io(e,t){let n=y(e,"a","greaterEqual","string_or_numeric"),s=y(t,"b","greaterEqual","string_or_numeric");[n,s]=j(n,s),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(is,r)}const Tu=S({greaterEqual_:io});/**
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
 */function ao(e){const n={input:y(e,"input","imag")};return m.runKernel(as,n)}const co=S({imag_:ao});/**
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
 */function uo(e,t){let n=y(e,"a","less","string_or_numeric"),s=y(t,"b","less","string_or_numeric");[n,s]=j(n,s),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(cs,r)}const xu=S({less_:uo});/**
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
 */function lo(e,t){let n=y(e,"a","lessEqual","string_or_numeric"),s=y(t,"b","lessEqual","string_or_numeric");[n,s]=j(n,s),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(us,r)}const Au=S({lessEqual_:lo});/**
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
 */function fo(e){const n={x:y(e,"x","log","float32")};return m.runKernel(ls,n)}const Fu=S({log_:fo});/**
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
 */function ho(e){const n={x:y(e,"x","neg")};return m.runKernel(ps,n)}const go=S({neg_:ho});/**
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
 */function po(e,t){let n=y(e,"a","sub"),s=y(t,"b","sub");[n,s]=j(n,s);const r={a:n,b:s};return m.runKernel(Ns,r)}const Du=S({sub_:po});/**
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
 */function mo(e,t){const n=y(e,"a","logicalAnd","bool"),s=y(t,"b","logicalAnd","bool");et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(fs,r)}const _u=S({logicalAnd_:mo});/**
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
 */function bo(e){const n={x:y(e,"x","logicalNot","bool")};return m.runKernel(hs,n)}const vu=S({logicalNot_:bo});/**
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
 */function yo(e,t){let n=y(e,"a","maximum"),s=y(t,"b","maximum");[n,s]=j(n,s),n.dtype==="bool"&&(n=Yt(n,"int32"),s=Yt(s,"int32")),et(n.shape,s.shape);const r={a:n,b:s};return m.runKernel(ds,r)}const Nu=S({maximum_:yo});/**
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
 */function Jt(e,t="float32"){if(Et(e),t==="complex64"){const s=Jt(e,"float32"),r=Jt(e,"float32");return ae(s,r)}const n=Bt(tt(e),t);return m.makeTensor(n,e,t)}/**
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
 */function wo(e,t="float32"){if(Et(e),t==="complex64"){const s=wo(e,"float32"),r=Jt(e,"float32");return ae(s,r)}const n=ne(tt(e),t);return m.makeTensor(n,e,t)}/**
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
 */function ko(e,t,n=0){const s=y(e,"x","pad");if(s.rank===0)throw new Error("pad(scalar) is not defined. Pass non-scalar to pad");const r={paddings:t,constantValue:n},o={x:s};return m.runKernel(bs,o,r)}const Bu=S({pad_:ko});/**
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
 */function $o(e,t,n){const s=y(e,"x","spaceToBatchND");$(s.rank>=1+t.length,()=>`input rank ${s.rank} should be > than [blockShape] ${t.length}`),$(n.length===t.length,()=>`paddings.shape[0] ${n.length} must be equal to [blockShape] ${t.length}`),$(s.shape.reduce((i,a,u)=>u>0&&u<=t.length?i&&(a+n[u-1][0]+n[u-1][1])%t[u-1]===0:i,!0),()=>`input spatial dimensions ${s.shape.slice(1)} with paddings ${n.toString()} must be divisible by blockShapes ${t.toString()}`);const r={x:s},o={blockShape:t,paddings:n};return m.runKernel(_s,r,o)}const Mu=S({spaceToBatchND_:$o});/**
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
 */function Eo(e){const n={input:y(e,"input","real")};return m.runKernel(ws,n)}const So=S({real_:Eo});/**
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
 */function Io(e,t){const s={x:y(e,"x","reverse")},r={dims:t};return m.runKernel($s,s,r)}const Ru=S({reverse_:Io});/**
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
 */function To(e){const n={x:y(e,"x","rsqrt","float32")};return m.runKernel(Es,n)}const Lu=S({rsqrt_:To});/**
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
 */function xo(e){const n={x:y(e,"x","sin","float32")};return m.runKernel(Ts,n)}const Pu=S({sin_:xo});/**
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
 */function Ao(e){const n={x:y(e,"x","sinh")};return m.runKernel(xs,n)}const Cu=S({sinh_:Ao});/**
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
 */function Fo(e,t,n=0){const r={x:y(e,"x","split")},o={numOrSizeSplits:t,axis:n};return m.runKernel(vs,r,o)}const Ou=S({split_:Fo});/**
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
 */function Do(e,t=0){const n=ze(e,"tensors","stack","string_or_numeric");$(n.length>=1,()=>"Pass at least one tensor to tf.stack"),n.length>0&&$(t<=n[0].rank,()=>"Axis must be <= rank of the tensor");const s=n,r={axis:t};return m.runKernel(ms,s,r)}const Gu=S({stack_:Do});/**
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
 */function _o(e,t=0){const s={x:y(e,"x","step")},r={alpha:t};return m.runKernel(Ls,s,r)}const Ku=S({step_:_o});/**
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
 */function vo(e,t,n){const s=y(e,"x","unsortedSegmentSum"),r=y(t,"segmentIds","unsortedSegmentSum","int32");$(bt(n),()=>"numSegments must be of dtype int");const o={x:s,segmentIds:r},i={numSegments:n};return m.runKernel(Ms,o,i)}const Uu=S({unsortedSegmentSum_:vo});/**
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
 */function No(e,t=0){const n=y(e,"x","unstack","string_or_numeric");$(t>=-n.shape.length&&t<n.shape.length,()=>`Axis = ${t} is not in [-${n.shape.length}, ${n.shape.length})`);const s={value:n},r={axis:t};return m.runKernel(Bs,s,r)}const qu=S({unstack_:No});/**
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
 */function Bo(e,t,n){const s=y(e,"x","transpose");if(t==null&&(t=s.shape.map((i,a)=>a).reverse()),$(s.rank===t.length,()=>`Error in transpose: rank of input ${s.rank} must match length of perm ${t}.`),t.forEach(i=>{$(i>=0&&i<s.rank,()=>`All entries in 'perm' must be between 0 and ${s.rank-1} but got ${t}`)}),s.rank<=1)return s.clone();const r={x:s},o={perm:t};return s.dtype==="complex64"?pr(()=>{let i=So(s),a=co(s);return i=m.runKernel(Pt,{x:i},o),a=m.runKernel(Pt,{x:a},o),n&&(a=go(a)),ae(i,a)}):m.runKernel(Pt,r,o)}const Vu=S({transpose_:Bo});/**
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
 */function Mo(e,t,n,s,r,o="NHWC",i){let a=e;e.rank===3&&(a=H(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let u=t;u.rank===3&&(u=H(t,[1,t.shape[0],t.shape[1],t.shape[2]])),$(a.rank===4,()=>`Error in conv2dDerFilter: input must be rank 4, but got shape ${a.shape}.`),$(u.rank===4,()=>`Error in conv2dDerFilter: dy must be rank 4, but got shape ${u.shape}.`),$(n.length===4,()=>`Error in conv2dDerFilter: filterShape must be length 4, but got ${n}.`);const l=o==="NHWC"?a.shape[3]:a.shape[1],h=o==="NHWC"?u.shape[3]:u.shape[1];$(l===n[2],()=>`Error in conv2dDerFilter: depth of input ${l}) must match input depth in filter (${n[2]}.`),$(h===n[3],()=>`Error in conv2dDerFilter: depth of dy (${h}) must match output depth for filter (${n[3]}).`),ce("conv2dDerFilter",r,i);const d={x:a,dy:u},f={strides:s,pad:r,dataFormat:o,dimRoundingMode:i,filterShape:n};return m.runKernel(qn,d,f)}const Wu=S({conv2DBackpropFilter_:Mo});/**
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
 */function Ro(e,t,n,s,r,o=[1,1],i){let a=e;e.rank===3&&(a=H(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let u=t;u.rank===3&&(u=H(t,[1,t.shape[0],t.shape[1],t.shape[2]]));const l={x:a,dy:u},h={strides:s,pad:r,dimRoundingMode:i,dilations:o,filterShape:n};return m.runKernel(Xn,l,h)}const ju=S({depthwiseConv2dNativeBackpropFilter_:Ro});/**
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
 */function Lo(e,t,n,s,r,o=[1,1],i){let a=t,u=!1;t.rank===3&&(u=!0,a=H(t,[1,t.shape[0],t.shape[1],t.shape[2]]));const l={dy:a,filter:n},h={strides:s,pad:r,dimRoundingMode:i,dilations:o,inputShape:e},d=m.runKernel(Yn,l,h);return u?H(d,[d.shape[1],d.shape[2],d.shape[3]]):d}const zu=S({depthwiseConv2dNativeBackpropInput_:Lo});/**
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
 */const te=-2,Po=-1;function Co(e,t,n){const s=e.shape.length;$(s===t.length,()=>`Error in slice${s}D: Length of begin ${t} must match the rank of the array (${s}).`),$(s===n.length,()=>`Error in slice${s}D: Length of size ${n} must match the rank of the array (${s}).`);for(let r=0;r<s;++r)$(t[r]+n[r]<=e.shape[r],()=>`Error in slice${s}D: begin[${r}] + size[${r}] (${t[r]+n[r]}) would overflow input.shape[${r}] (${e.shape[r]})`)}function Oo(e){const t=[];let n=0;for(;e>0;)e&1&&t.push(n),e/=2,n++;return t}function Go(e,t,n){const s=[];for(let r=0;r<e.length;r++)s[r]=Math.ceil((t[r]-e[r])/n[r]);return s}function Qe(e,t,n,s){const r=[...e];for(let o=r.length;o<s.length;o++)r.push(1);for(let o=0;o<n;o++)o===0?r[t]=1:(r.splice(t,0,1),r.pop());return r}function Je(e,t,n){return n<=e?n:n-(t-1)}function tn(e,t){const n=[];for(let s=0;s<e;s++)n.push(t+s);return n}function Ko(e,t,n,s,r,o,i,a,u){const l=e.length;let h=new Array(l),d=new Array(l),f=new Array(l);if(t.length&&n>0){const w=t[0],E=n+1;h=en(i,w,E,s,e),d=nn(a,w,E,r,e),f=Qe(o,w,E,e)}else for(let w=0;w<l;w++)h[w]=rn(i,s,o,e,w,u),d[w]=on(a,r,o,e,w,u),f[w]=sn(o,w,u);return{begin:h,end:d,strides:f}}function en(e,t,n,s,r){const o=[...r],i=tn(n,t);for(let a=0;a<o.length;a++)if(i.indexOf(a)>-1)o[a]=0;else{const u=Je(t,n,a);let l=s[u];e&1<<u&&(l=0),o[a]=l}return o}function nn(e,t,n,s,r){const o=[...r],i=tn(n,t);for(let a=0;a<o.length;a++)if(i.indexOf(a)>-1)o[a]=Number.MAX_SAFE_INTEGER;else{const u=Je(t,n,a);let l=s[u];e&1<<u&&(l=Number.MAX_SAFE_INTEGER),o[a]=l}for(let a=0;a<o.length;a++){const u=r[a];o[a]<0&&(o[a]+=u),o[a]=mt(0,o[a],r[a])}return o}function sn(e,t,n){let s=e[t];return(n&1<<t||s==null)&&(s=1),s}function rn(e,t,n,s,r,o){let i=t[r];const a=n[r]||1;(e&1<<r||o&1<<r||i==null)&&(a>0?i=Number.MIN_SAFE_INTEGER:i=Number.MAX_SAFE_INTEGER);const u=s[r];return i<0&&(i+=u),i=mt(0,i,u-1),i}function on(e,t,n,s,r,o){let i=t[r];const a=n[r]||1;(e&1<<r||o&1<<r||i==null)&&(a>0?i=Number.MAX_SAFE_INTEGER:i=Number.MIN_SAFE_INTEGER);const u=s[r];return i<0&&(i+=u),a>0?i=mt(0,i,u):i=mt(-1,i,u-1),i}function Uo(e,t,n){let s=n.length;for(let r=0;r<n.length;r++)if(n[r]>1){s=r;break}for(let r=s+1;r<n.length;r++)if(t[r]>0||n[r]!==e[r])return!1;return!0}function qo(e,t){let n=e.length>0?e[e.length-1]:1;for(let s=0;s<e.length-1;s++)n+=e[s]*t[s];return n}function Vo(e,t,n){let s;const r=e.shape.length;typeof t=="number"?s=[t,...new Array(r-1).fill(0)]:t.length<r?s=t.concat(new Array(r-t.length).fill(0)):s=t.slice(),s.forEach(i=>{$(i!==-1,()=>"slice() does not support negative begin indexing.")});let o;return n==null?o=new Array(r).fill(-1):typeof n=="number"?o=[n,...new Array(r-1).fill(-1)]:n.length<r?o=n.concat(new Array(r-n.length).fill(-1)):o=n,o=o.map((i,a)=>i>=0?i:($(i===-1,()=>`Negative size values should be exactly -1 but got ${i} for the slice() size at index ${a}.`),e.shape[a]-s[a])),[s,o]}function Wo(e,t,n,s,r,o,i,a,u){let l;if(s==null?(l=new Array(t.length),l.fill(1)):l=s,i!=null&&(i&i-1)!==0)throw new Error("Multiple ellipses in slice is not allowed.");let h=!1;const d={dims:l.length,numAddAxisAfterEllipsis:0,begin:t.slice(),end:n.slice(),strides:l.slice(),beginMask:r,endMask:o,ellipsisMask:i,newAxisMask:a,shrinkAxisMask:u};for(let b=0;b<d.dims;b++)h&&(1<<b&a)!==0&&d.numAddAxisAfterEllipsis++,1<<b&i&&(h=!0);h||(d.ellipsisMask|=1<<d.dims,d.dims++);const f={dims:e.length,beginMask:0,endMask:0,beginValid:!1,endValid:!1};jo(d,f);let w=!0,E=!0,I=!0;const x=[],T=[];for(let b=0;b<e.length;++b){if(f.strides[b]===0)throw Error(`strides[${b}] must be non-zero`);const F=!!(f.shrinkAxisMask&1<<b),_=e[b];if(_===-1){x.push(F?1:-1);continue}const U=[f.beginMask&1<<b,f.endMask&1<<b],q=[f.strides[b]>0?0:-1,f.strides[b]>0?_:_-1];if(F&&f.strides[b]<=0)throw Error("only stride 1 allowed on non-range indexing.");I=I&&f.strides[b]===1;const B=!!(f.beginMask&1<<b&&f.endMask&1<<b);if(f.beginValid&&f.endValid){if(F){const k=f.begin[b]<0?_+f.begin[b]:f.begin[b];if(f.begin[b]=k,f.end[b]=f.begin[b]+1,k<0||k>=_)throw Error(`slice index ${f.begin[b]} of dimension ${b} out of bounds.`)}else f.begin[b]=ke(f.begin[b],0,f.strides[b],_,U,q),f.end[b]=ke(f.end[b],1,f.strides[b],_,U,q);const c=f.strides[b]===1&&f.begin[b]===0&&f.end[b]===_;w=w&&c,E=E&&(b===0&&f.strides[b]===1||c)}else w=w&&f.strides[b]===1&&B,E=E&&(b===0&&f.strides[b]===1||B);let p,g=!1;if(f.beginValid&&f.endValid?(p=f.end[b]-f.begin[b],g=!0):F?(p=1,g=!0):B&&_>=0&&(f.strides[b]<0?p=-_:p=_,g=!0),g){let c;p===0||p<0!=f.strides[b]<0?c=0:c=Math.trunc(p/f.strides[b])+(p%f.strides[b]!==0?1:0),x.push(c)}else x.push(-1)}for(let b=0;b<f.finalShapeGatherIndices.length;++b){const F=f.finalShapeGatherIndices[b];F>=0?T.push(x[F]):F===te&&T.push(1)}return{finalShapeSparse:T.filter((b,F)=>f.finalShapeGatherIndices[F]!==te),finalShape:T,isIdentity:w,sliceDim0:E,isSimpleSlice:I,begin:f.begin,end:f.end,strides:f.strides}}function jo(e,t){t.beginMask=0,t.endMask=0,t.shrinkAxisMask=0;let n=0;t.beginValid=e.begin!=null,t.endValid=e.end!=null,t.begin=new Array(t.dims),t.end=new Array(t.dims),t.strides=new Array(t.dims),t.finalShapeGatherIndices=[],t.finalShapeGatherIndicesSparse=[],t.inputShapeGatherIndicesSparse=new Array(t.dims);for(let s=0;s<e.dims;s++)if(1<<s&e.ellipsisMask){const r=Math.min(t.dims-(e.dims-s)+1+e.numAddAxisAfterEllipsis,t.dims);for(;n<r;n++)t.begin[n]=0,t.end[n]=0,t.strides[n]=1,t.beginMask|=1<<n,t.endMask|=1<<n,t.finalShapeGatherIndices.push(n),t.finalShapeGatherIndicesSparse.push(-1),t.inputShapeGatherIndicesSparse[n]=s}else if(1<<s&e.newAxisMask)t.finalShapeGatherIndices.push(te),t.finalShapeGatherIndicesSparse.push(-1);else{if(n===t.begin.length)throw Error(`Index out of range using input dim ${n}; input has only ${t.dims} dims, ${t.begin.length}.`);e.begin!=null&&(t.begin[n]=e.begin[s]),e.end!=null&&(t.end[n]=e.end[s]),t.strides[n]=e.strides[s],e.beginMask&1<<s&&(t.beginMask|=1<<n),e.endMask&1<<s&&(t.endMask|=1<<n),e.shrinkAxisMask&1<<s?(t.finalShapeGatherIndices.push(Po),t.finalShapeGatherIndicesSparse.push(-1),t.shrinkAxisMask|=1<<n):(t.finalShapeGatherIndices.push(n),t.finalShapeGatherIndicesSparse.push(s)),t.inputShapeGatherIndicesSparse[n]=s,n++}}function ke(e,t,n,s,r,o){if(r[t])return n>0?o[t]:o[t+1&1];{const i=e<0?s+e:e;return i<o[0]?o[0]:i>o[1]?o[1]:i}}var Hu=Object.freeze({__proto__:null,assertParamsValid:Co,computeFlatOffset:qo,computeOutShape:Go,getNormalizedAxes:Ko,isSliceContinous:Uo,maskToAxes:Oo,parseSliceParams:Vo,sliceInfo:Wo,startForAxis:rn,startIndicesWithElidedDims:en,stopForAxis:on,stopIndicesWithElidedDims:nn,stridesForAxis:sn,stridesWithElidedDims:Qe});/**
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
 */const Zu=1.7580993408473768,Xu=1.0507009873554805;export{Ri as $,Ho as A,si as B,bi as C,ri as D,m as E,j as F,ii as G,oi as H,Fr as I,H as J,ce as K,ai as L,ui as M,Qa as N,jc as O,zc as P,Gc as Q,Zc as R,Uc as S,mc as T,Hc as U,Pi as V,fi as W,hi as X,gi as Y,pi as Z,vt as _,Y as a,fa as a$,mi as a0,we as a1,Yc as a2,Qc as a3,yi as a4,Jc as a5,$i as a6,Ei as a7,Si as a8,Ii as a9,bt as aA,Xi as aB,Wi as aC,Ut as aD,Ee as aE,ze as aF,J as aG,jt as aH,Pa as aI,go as aJ,Du as aK,Fu as aL,wu as aM,et as aN,ji as aO,_u as aP,vu as aQ,Ma as aR,ta as aS,na as aT,ra as aU,oa as aV,wo as aW,aa as aX,ca as aY,ua as aZ,la as a_,Ti as aa,Kc as ab,au as ac,ou as ad,iu as ae,Di as af,_i as ag,yn as ah,Ni as ai,Ji as aj,ia as ak,Se as al,uu as am,yu as an,mu as ao,gu as ap,pu as aq,bu as ar,Bi as as,$u as at,ku as au,Gi as av,Ki as aw,Ui as ax,qi as ay,Vi as az,Cc as b,xa as b$,ma as b0,pa as b1,Bu as b2,Vc as b3,Mu as b4,Xc as b5,ya as b6,wa as b7,ka as b8,$a as b9,Ba as bA,Ja as bB,ec as bC,Su as bD,or as bE,Na as bF,qa as bG,Ci as bH,Eu as bI,Tn as bJ,Wr as bK,Ku as bL,Ze as bM,ic as bN,ye as bO,Wu as bP,ac as bQ,zu as bR,ju as bS,oc as bT,ki as bU,Li as bV,rc as bW,ha as bX,ga as bY,da as bZ,Fa as b_,Ea as ba,gc as bb,oe as bc,_t as bd,lt as be,Sa as bf,Ia as bg,Ta as bh,_a as bi,Ru as bj,va as bk,Ra as bl,La as bm,Ca as bn,Mi as bo,Oi as bp,So as bq,co as br,Jt as bs,Ou as bt,Va as bu,In as bv,za as bw,Ya as bx,mn as by,Nt as bz,ae as c,Xn as c$,Au as c0,Iu as c1,tc as c2,xu as c3,Tu as c4,Gu as c5,qu as c6,Vu as c7,Fc as c8,Oa as c9,fu as cA,Vr as cB,du as cC,hu as cD,cc as cE,Hu as cF,Ue as cG,rt as cH,Ne as cI,li as cJ,ci as cK,Cn as cL,On as cM,di as cN,Be as cO,Gn as cP,Kn as cQ,Un as cR,qn as cS,Vn as cT,wi as cU,Wn as cV,jn as cW,zn as cX,Hn as cY,Zn as cZ,zo as c_,Ga as ca,Ka as cb,Ua as cc,Ha as cd,Za as ce,Xa as cf,ja as cg,pr as ch,Nu as ci,Dc as cj,Fi as ck,le as cl,sc as cm,An as cn,Wt as co,Xu as cp,Zu as cq,lu as cr,Ye as cs,Zr as ct,Sr as cu,Xe as cv,qc as cw,cu as cx,Wc as cy,Dr as cz,$ as d,Rs as d$,Yn as d0,Ai as d1,xi as d2,_e as d3,vi as d4,Nn as d5,Jn as d6,ts as d7,es as d8,ns as d9,ba as dA,ys as dB,pe as dC,ws as dD,Qn as dE,ks as dF,Da as dG,Aa as dH,$s as dI,Es as dJ,Ss as dK,As as dL,Ts as dM,xs as dN,Is as dO,_s as dP,vs as dQ,Fs as dR,Wa as dS,Ls as dT,Ns as dU,Ds as dV,Re as dW,Pt as dX,Bs as dY,Ms as dZ,nc as d_,ss as da,rs as db,os as dc,is as dd,Me as de,as as df,ln as dg,Yi as dh,cs as di,us as dj,ls as dk,Hi as dl,fs as dm,hs as dn,zi as dp,Zi as dq,Qi as dr,sa as ds,ea as dt,ds as du,gs as dv,ps as dw,hr as dx,ms as dy,bs as dz,R as e,Kt as e0,ru as e1,hc as e2,tu as e3,eu as e4,nu as e5,su as e6,Sc as e7,Ec as e8,Ic as e9,pc as eA,Vo as eB,Sn as eC,Uo as eD,qo as eE,Wo as eF,Go as eG,dc as eH,Os as eI,wt as eJ,Ft as eK,Zs as eL,ee as eM,Bt as eN,Co as eO,js as eP,vn as eQ,_n as eR,xn as eS,Rt as eT,zs as eU,At as eV,Fn as eW,ne as eX,at as eY,Dn as eZ,mt as e_,$c as ea,kc as eb,Tc as ec,Rc as ed,Lc as ee,kr as ef,fe as eg,qt as eh,xc as ei,Ac as ej,Nc as ek,Pc as el,uc as em,Ps as en,Mc as eo,Lu as ep,vc as eq,Oc as er,Pu as es,Cu as et,yc as eu,wc as ev,_c as ew,fc as ex,lc as ey,Uu as ez,Cs as f,Bc as g,Et as h,fr as i,ur as j,bc as k,He as l,gr as m,Yt as n,S as o,y as p,Zo as q,Xo as r,tt as s,Dt as t,Yo as u,Qo as v,Jo as w,ti as x,ei as y,ni as z};
