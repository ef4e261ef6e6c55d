import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Provably Robust DPO: Aligning Language Models with Noisy Feedback",
  "arxiv": "2403.00409",
  "authors": ["Sayak Ray Chowdhury", "Anush Kini", "Nagarajan Natarajan"],
  "year": 2024,
  "venue": "ICML 2024",
  "topics": ["preference-alignment", "loss-functions"],
  "summary": "rDPO corrects the DPO loss for preference labels flipped at a known rate so that it is unbiased on average, and proves a sub-optimality bound that grows only as 1/(1-2ε).",
  "related": ["label-distributionally-robust-losses", "compressing-features-noisy-labels", "iterative-nash-policy-optimization", "contrastive-preference-learning"]
};
function getHeadings() {
  return [{
    "depth": 2,
    "slug": "the-problem",
    "text": "The problem"
  }, {
    "depth": 2,
    "slug": "the-idea",
    "text": "The idea"
  }, {
    "depth": 2,
    "slug": "what-the-paper-claims",
    "text": "What the paper claims"
  }, {
    "depth": 2,
    "slug": "how-it-connects",
    "text": "How it connects"
  }];
}
function _createMdxContent(props) {
  const _components = {
    a: "a",
    defs: "defs",
    g: "g",
    h2: "h2",
    "mjx-container": "mjx-container",
    p: "p",
    path: "path",
    rect: "rect",
    svg: "svg",
    text: "text",
    use: "use",
    ...props.components
  }, _component0 = _components["mjx-container"];
  return createVNode(Fragment, {
    children: [createVNode(_components.p, {
      children: "Preference datasets are noisy. Annotators disagree, misclick or face pairs where neither answer is clearly better, so some fraction of “chosen” and “rejected” labels is simply wrong. Direct Preference Optimisation (DPO) trusts every label, and practitioners have patched this with heuristics such as label smoothing. This paper derives a correction from first principles and proves what it buys."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["DPO fits a policy ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.355ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.228ex",
          height: "1.33ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 984.6 588.1",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_\\theta",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-1-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D703",
                    "xlink:href": "#MJX-1-TEX-I-1D703"
                  })
                })]
              })
            })
          })]
        })
      }), " to pairs ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "9.281ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 4102.3 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(x, y_w, y_l)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-2-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D464",
              d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D459",
              d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mo",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-2-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(389,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-2-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(961,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-2-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(1405.7,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-2-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-2-TEX-I-1D464"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2485,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-2-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(2929.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-2-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-2-TEX-I-1D459"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3713.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-2-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " in which ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.464ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.442ex",
          height: "1.464ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 1079.3 647",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "y_w",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D464",
              d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-3-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-3-TEX-I-1D464"
                  })
                })]
              })
            })
          })]
        })
      }), " is preferred to ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.464ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.773ex",
          height: "1.464ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 783.7 647",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "y_l",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D459",
              d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-4-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-4-TEX-I-1D459"
                  })
                })]
              })
            })
          })]
        })
      }), ". Its per-example loss is"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "98.731ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.172ex",
          minWidth: "98.731ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.475ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\ell(\\theta; x, y_w, y_l) = -\\log \\sigma\\big(\\beta\\, h_\\theta(x, y_w, y_l)\\big), \\qquad h_\\theta(x, y_w, y_l) = \\log\\frac{\\pi_\\theta(y_w \\mid x)}{\\pi_{\\text{ref}}(y_w \\mid x)} - \\log\\frac{\\pi_\\theta(y_l \\mid x)}{\\pi_{\\text{ref}}(y_l \\mid x)} \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-5-TEX-I-2113",
            d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D464",
            d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D459",
            d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D70E",
            d: "M184 -11Q116 -11 74 34T31 147Q31 247 104 333T274 430Q275 431 414 431H552Q553 430 555 429T559 427T562 425T565 422T567 420T569 416T570 412T571 407T572 401Q572 357 507 357Q500 357 490 357T476 358H416L421 348Q439 310 439 263Q439 153 359 71T184 -11ZM361 278Q361 358 276 358Q152 358 115 184Q114 180 114 178Q106 141 106 117Q106 67 131 47T188 26Q242 26 287 73Q316 103 334 153T356 233T361 278Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-72",
            d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-66",
            d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1460)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1460) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "19741.5 -1460 1 2420",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "mi",
                          children: createVNode(_components.use, {
                            "data-c": "2113",
                            "xlink:href": "#MJX-5-TEX-I-2113"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(417,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(806,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D703",
                            "xlink:href": "#MJX-5-TEX-I-1D703"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1275,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-5-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1719.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-5-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2291.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(2736.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D464",
                              "xlink:href": "#MJX-5-TEX-I-1D464"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3815.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(4260.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D459",
                              "xlink:href": "#MJX-5-TEX-I-1D459"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5044,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5710.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-5-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6766.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-5-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7711.2,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-5-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-5-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-5-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8989.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-5-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9155.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70E",
                            "xlink:href": "#MJX-5-TEX-I-1D70E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(9726.9,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-5-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(10184.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-5-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(10750.9,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(10917.9,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "210E",
                              "xlink:href": "#MJX-5-TEX-I-210E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-5-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11908.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(12297.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-5-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12869.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(13314.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D464",
                              "xlink:href": "#MJX-5-TEX-I-1D464"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14393.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(14838.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D459",
                              "xlink:href": "#MJX-5-TEX-I-1D459"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(15621.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(16010.9,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-5-TEX-SO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16468.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(16746.9,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(18913.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "210E",
                              "xlink:href": "#MJX-5-TEX-I-210E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-5-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19904.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(20293.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-5-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20865.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(21309.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D464",
                              "xlink:href": "#MJX-5-TEX-I-1D464"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22389.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(22833.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-5-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D459",
                              "xlink:href": "#MJX-5-TEX-I-1D459"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(23617.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24284.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-5-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(25340.1,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-5-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-5-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-5-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(26618.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-5-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(26784.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(457.9,710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-5-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(603,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D703",
                                  "xlink:href": "#MJX-5-TEX-I-1D703"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(984.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-5-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1373.6,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-5-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D464",
                                  "xlink:href": "#MJX-5-TEX-I-1D464"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2730.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-5-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3286.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-5-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3858.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-5-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-5-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(603,-150) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mtext",
                                  children: [createVNode(_components.use, {
                                    "data-c": "72",
                                    "xlink:href": "#MJX-5-TEX-N-72"
                                  }), createVNode(_components.use, {
                                    "data-c": "65",
                                    "xlink:href": "#MJX-5-TEX-N-65",
                                    transform: "translate(392,0)"
                                  }), createVNode(_components.use, {
                                    "data-c": "66",
                                    "xlink:href": "#MJX-5-TEX-N-66",
                                    transform: "translate(836,0)"
                                  })]
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1460.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-5-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1849.5,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-5-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D464",
                                  "xlink:href": "#MJX-5-TEX-I-1D464"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3206.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-5-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3762.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-5-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4334.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-5-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "4923.4",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(32170.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-5-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(33170.5,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-5-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-5-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-5-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(34448.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-5-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(34615.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(457.9,710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-5-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(603,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D703",
                                  "xlink:href": "#MJX-5-TEX-I-1D703"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(984.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-5-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1373.6,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-5-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D459",
                                  "xlink:href": "#MJX-5-TEX-I-1D459"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2435.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-5-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2990.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-5-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3562.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-5-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-5-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(603,-150) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mtext",
                                  children: [createVNode(_components.use, {
                                    "data-c": "72",
                                    "xlink:href": "#MJX-5-TEX-N-72"
                                  }), createVNode(_components.use, {
                                    "data-c": "65",
                                    "xlink:href": "#MJX-5-TEX-N-65",
                                    transform: "translate(392,0)"
                                  }), createVNode(_components.use, {
                                    "data-c": "66",
                                    "xlink:href": "#MJX-5-TEX-N-66",
                                    transform: "translate(836,0)"
                                  })]
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1460.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-5-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1849.5,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-5-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D459",
                                  "xlink:href": "#MJX-5-TEX-I-1D459"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2911,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-5-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3466.8,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-5-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4038.8,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-5-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "4627.8",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1460 1 2420",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtext",
                        children: [createVNode(_components.use, {
                          "data-c": "28",
                          "xlink:href": "#MJX-5-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "31",
                          "xlink:href": "#MJX-5-TEX-N-31",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-5-TEX-N-29",
                          transform: "translate(889,0)"
                        })]
                      })
                    })
                  })
                })]
              })
            })
          })
        })]
      })
    }), "\n", createVNode(_components.p, {
      children: ["where ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.292ex",
          height: "1ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 571 442",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sigma",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D70E",
              d: "M184 -11Q116 -11 74 34T31 147Q31 247 104 333T274 430Q275 431 414 431H552Q553 430 555 429T559 427T562 425T565 422T567 420T569 416T570 412T571 407T572 401Q572 357 507 357Q500 357 490 357T476 358H416L421 348Q439 310 439 263Q439 153 359 71T184 -11ZM361 278Q361 358 276 358Q152 358 115 184Q114 180 114 178Q106 141 106 117Q106 67 131 47T188 26Q242 26 287 73Q316 103 334 153T356 233T361 278Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D70E",
                  "xlink:href": "#MJX-6-TEX-I-1D70E"
                })
              })
            })
          })]
        })
      }), " is the logistic function, ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.304ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 1460.5 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_{\\text{ref}}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-66",
              d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-7-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-7-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-7-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-7-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), " is the supervised reference policy and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.281ex",
          height: "2.034ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 566 899",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\beta",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D6FD",
                  "xlink:href": "#MJX-8-TEX-I-1D6FD"
                })
              })
            })
          })]
        })
      }), " sets the strength of the implicit KL regularisation. DPO assumes labels follow the Bradley–Terry–Luce model. The authors study the case where each label is additionally flipped, independently, with probability ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.465ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3299.6 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\varepsilon \\lt 1/2",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-3C",
              d: "M694 -11T694 -19T688 -33T678 -40Q671 -40 524 29T234 166L90 235Q83 240 83 250Q83 261 91 266Q664 540 678 540Q681 540 687 534T694 519T687 505Q686 504 417 376L151 250L417 124Q686 -4 687 -5Q694 -11 694 -19Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-9-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(743.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3C",
                  "xlink:href": "#MJX-9-TEX-N-3C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1799.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-9-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(2299.6,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-9-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(2799.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-9-TEX-N-32"
                })
              })]
            })
          })]
        })
      }), ". Minimising Eq. (1) on flipped data then estimates the wrong thing: the learned implicit reward is pulled towards the corrupted preferences."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["Build a loss whose average over the random flips equals the clean loss. If ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "6.981ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3085.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(\\tilde{y}_w, \\tilde{y}_l)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-10-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-7E",
              d: "M179 251Q164 251 151 245T131 234T111 215L97 227L83 238Q83 239 95 253T121 283T142 304Q165 318 187 318T253 300T320 282Q335 282 348 288T368 299T388 318L402 306L416 295Q375 236 344 222Q330 215 313 215Q292 215 248 233T179 251Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D464",
              d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D459",
              d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mo",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-10-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(389,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-10-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-10-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-10-TEX-I-1D464"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1468.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-10-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(1913,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-10-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-10-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-10-TEX-I-1D459"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2696.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-10-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the observed, possibly flipped pair, the robust DPO (rDPO) loss is"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "62.511ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.955ex",
          minWidth: "62.511ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.041ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\hat{\\ell}_\\varepsilon(\\theta; x, \\tilde{y}_w, \\tilde{y}_l) = \\frac{(1-\\varepsilon)\\,\\ell(\\theta; x, \\tilde{y}_w, \\tilde{y}_l) - \\varepsilon\\,\\ell(\\theta; x, \\tilde{y}_l, \\tilde{y}_w)}{1 - 2\\varepsilon} \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-11-TEX-I-2113",
            d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-5E",
            d: "M112 560L249 694L257 686Q387 562 387 560L361 531Q359 532 303 581L250 627L195 580Q182 569 169 557T148 538L140 532Q138 530 125 546L112 560Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D700",
            d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-7E",
            d: "M179 251Q164 251 151 245T131 234T111 215L97 227L83 238Q83 239 95 253T121 283T142 304Q165 318 187 318T253 300T320 282Q335 282 348 288T368 299T388 318L402 306L416 295Q375 236 344 222Q330 215 313 215Q292 215 248 233T179 251Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D464",
            d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-I-1D459",
            d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-11-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1364)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1364) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "11737 -1364 1 2228",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-96)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mover",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "2113",
                                  "xlink:href": "#MJX-11-TEX-I-2113"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(319.5,279) translate(-250 0)",
                                children: createVNode(_components.use, {
                                  "data-c": "5E",
                                  "xlink:href": "#MJX-11-TEX-N-5E"
                                })
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(450,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D700",
                              "xlink:href": "#MJX-11-TEX-I-1D700"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(829.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-11-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1218.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D703",
                            "xlink:href": "#MJX-11-TEX-I-1D703"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1687.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-11-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2132.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-11-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2704.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-11-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(3148.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mover",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-11-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(300.6,332) translate(-250 0)",
                                children: createVNode(_components.use, {
                                  "data-c": "7E",
                                  "xlink:href": "#MJX-11-TEX-N-7E"
                                })
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D464",
                              "xlink:href": "#MJX-11-TEX-I-1D464"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4228.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-11-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(4672.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mover",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-11-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(300.6,332) translate(-250 0)",
                                children: createVNode(_components.use, {
                                  "data-c": "7E",
                                  "xlink:href": "#MJX-11-TEX-N-7E"
                                })
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D459",
                              "xlink:href": "#MJX-11-TEX-I-1D459"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5456.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-11-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6123.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-11-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(7179.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-11-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(389,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-11-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1111.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-11-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2111.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D700",
                                "xlink:href": "#MJX-11-TEX-I-1D700"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2577.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-11-TEX-N-29"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(2966.4,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3133.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2113",
                                "xlink:href": "#MJX-11-TEX-I-2113"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3550.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-11-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3939.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D703",
                                "xlink:href": "#MJX-11-TEX-I-1D703"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4408.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3B",
                                "xlink:href": "#MJX-11-TEX-N-3B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(4853.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-11-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5425.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-11-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(5869.8,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mover",
                                  children: [createVNode(_components.g, {
                                    "data-mml-node": "mi",
                                    children: createVNode(_components.use, {
                                      "data-c": "1D466",
                                      "xlink:href": "#MJX-11-TEX-I-1D466"
                                    })
                                  }), createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(300.6,332) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "7E",
                                      "xlink:href": "#MJX-11-TEX-N-7E"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D464",
                                  "xlink:href": "#MJX-11-TEX-I-1D464"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(6949.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-11-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(7393.7,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mover",
                                  children: [createVNode(_components.g, {
                                    "data-mml-node": "mi",
                                    children: createVNode(_components.use, {
                                      "data-c": "1D466",
                                      "xlink:href": "#MJX-11-TEX-I-1D466"
                                    })
                                  }), createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(300.6,332) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "7E",
                                      "xlink:href": "#MJX-11-TEX-N-7E"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D459",
                                  "xlink:href": "#MJX-11-TEX-I-1D459"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(8177.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-11-TEX-N-29"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(8788.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-11-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(9788.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D700",
                                "xlink:href": "#MJX-11-TEX-I-1D700"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(10254.9,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(10421.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2113",
                                "xlink:href": "#MJX-11-TEX-I-2113"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(10838.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-11-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(11227.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D703",
                                "xlink:href": "#MJX-11-TEX-I-1D703"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(11696.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3B",
                                "xlink:href": "#MJX-11-TEX-N-3B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(12141.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-11-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(12713.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-11-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(13158.2,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mover",
                                  children: [createVNode(_components.g, {
                                    "data-mml-node": "mi",
                                    children: createVNode(_components.use, {
                                      "data-c": "1D466",
                                      "xlink:href": "#MJX-11-TEX-I-1D466"
                                    })
                                  }), createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(300.6,332) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "7E",
                                      "xlink:href": "#MJX-11-TEX-N-7E"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D459",
                                  "xlink:href": "#MJX-11-TEX-I-1D459"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(13941.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-11-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(14386.6,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mover",
                                  children: [createVNode(_components.g, {
                                    "data-mml-node": "mi",
                                    children: createVNode(_components.use, {
                                      "data-c": "1D466",
                                      "xlink:href": "#MJX-11-TEX-I-1D466"
                                    })
                                  }), createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(300.6,332) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "7E",
                                      "xlink:href": "#MJX-11-TEX-N-7E"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D464",
                                  "xlink:href": "#MJX-11-TEX-I-1D464"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(15465.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-11-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(6803.2,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-11-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(722.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-11-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1722.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-11-TEX-N-32"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2222.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D700",
                                "xlink:href": "#MJX-11-TEX-I-1D700"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "16054.9",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1364 1 2228",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,654)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-11-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-11-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-11-TEX-N-29",
                            transform: "translate(889,0)"
                          })]
                        })
                      })]
                    })
                  })
                })]
              })
            })
          })
        })]
      })
    }), "\n", createVNode(_components.p, {
      children: ["The second term is the DPO loss with the labels swapped. A short calculation shows why Eq. (2) works. With probability ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.186ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "4.951ex",
          height: "1.692ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -666 2188.4 748",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "1-\\varepsilon",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-12-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mn",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-12-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(722.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-12-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1722.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-12-TEX-I-1D700"
                })
              })]
            })
          })]
        })
      }), " the observed pair is correct, with probability ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.05ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.054ex",
          height: "1.072ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -452 466 474",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\varepsilon",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-13-TEX-I-1D700"
                })
              })
            })
          })]
        })
      }), " it is reversed; averaging Eq. (2) over these two cases, the swapped-label terms cancel and the original-order terms add up to ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.791ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "27.701ex",
          height: "2.713ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -849.5 12244 1199",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\big((1-\\varepsilon)^2 - \\varepsilon^2\\big)/(1-2\\varepsilon) = 1",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-14-TEX-SO-28",
              d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-SO-29",
              d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-3D",
              d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0 -0.5)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-14-TEX-SO-28"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(458,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-14-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(847,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-14-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1569.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-14-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2569.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-14-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(3035.4,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-14-TEX-N-29"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(422,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "32",
                    "xlink:href": "#MJX-14-TEX-N-32"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(4083.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-14-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(5083.4,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D700",
                    "xlink:href": "#MJX-14-TEX-I-1D700"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(499,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "32",
                    "xlink:href": "#MJX-14-TEX-N-32"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(5986,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0 -0.5)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-14-TEX-SO-29"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(6444,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-14-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(6944,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-14-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(7333,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-14-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(8055.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-14-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(9055.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-14-TEX-N-32"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(9555.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-14-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(10021.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-14-TEX-N-29"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(10688.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "3D",
                  "xlink:href": "#MJX-14-TEX-N-3D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(11744,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-14-TEX-N-31"
                })
              })]
            })
          })]
        })
      }), " times the clean loss. So Eq. (2) is an unbiased estimate of the loss one would have minimised on noise-free data, in the same spirit as classical loss correction for noisy labels."]
    }), "\n", createVNode(_components.p, {
      children: ["It helps to compare with the popular heuristic, conservative DPO or label smoothing, which minimises ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "27.136ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 11994.2 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(1-\\varepsilon)\\,\\ell(\\tilde{y}_w, \\tilde{y}_l) + \\varepsilon\\,\\ell(\\tilde{y}_l, \\tilde{y}_w)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-15-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-2113",
              d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-7E",
              d: "M179 251Q164 251 151 245T131 234T111 215L97 227L83 238Q83 239 95 253T121 283T142 304Q165 318 187 318T253 300T320 282Q335 282 348 288T368 299T388 318L402 306L416 295Q375 236 344 222Q330 215 313 215Q292 215 248 233T179 251Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D464",
              d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D459",
              d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-2B",
              d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mo",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-15-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(389,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-15-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1111.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-15-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2111.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-15-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2577.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-15-TEX-N-29"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mstyle",
                transform: "translate(2966.4,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mspace"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(3133.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "2113",
                  "xlink:href": "#MJX-15-TEX-I-2113"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3550.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-15-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(3939.4,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-15-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-15-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-15-TEX-I-1D464"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(5018.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-15-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(5463.4,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-15-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-15-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-15-TEX-I-1D459"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(6247.1,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-15-TEX-N-29"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(6858.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "2B",
                  "xlink:href": "#MJX-15-TEX-N-2B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(7858.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-15-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mstyle",
                transform: "translate(8324.6,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mspace"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(8491.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2113",
                  "xlink:href": "#MJX-15-TEX-I-2113"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(8908.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-15-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(9297.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-15-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-15-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-15-TEX-I-1D459"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(10081.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-15-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(10525.9,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-15-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,332) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "7E",
                        "xlink:href": "#MJX-15-TEX-N-7E"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-15-TEX-I-1D464"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(11605.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-15-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ". There both terms have positive weights, so the loss hedges between the two orders instead of undoing the noise; rDPO uses a negative weight and a rescaling by ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "10.105ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 4466.4 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "1/(1-2\\varepsilon)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-16-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mn",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-16-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(500,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-16-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1000,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-16-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1389,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-16-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2111.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-16-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(3111.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-16-TEX-N-32"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(3611.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-16-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(4077.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-16-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ". The price is that the flip rate ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.05ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.054ex",
          height: "1.072ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -452 466 474",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\varepsilon",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-17-TEX-I-1D700"
                })
              })
            })
          })]
        })
      }), " has to be known or estimated in advance. The construction is not specific to DPO and the authors present it as a general recipe for preference-based policy optimisation with random flips."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "For a log-linear policy class, and assuming the supervised policy covers the feature space well, the authors prove that the policy trained with Eq. (2) has a sub-optimality gap, compared with the optimal policy, of order"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "25.644ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.24ex",
          minWidth: "25.644ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.61ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{O}\\Big(\\frac{1}{1-2\\varepsilon}\\sqrt{\\frac{d}{n}}\\Big) \\tag{3}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-18-TEX-C-4F",
            d: "M308 428Q289 428 289 438Q289 457 318 508T378 593Q417 638 475 671T599 705Q688 705 732 643T777 483Q777 380 733 285T620 123T464 18T293 -22Q188 -22 123 51T58 245Q58 327 87 403T159 533T249 626T333 685T388 705Q404 705 404 693Q404 674 363 649Q333 632 304 606T239 537T181 429T158 290Q158 179 214 114T364 48Q489 48 583 165T677 438Q677 473 670 505T648 568T601 617T528 636Q518 636 513 635Q486 629 460 600T419 544T392 490Q383 470 372 459Q341 430 308 428Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-LO-28",
            d: "M180 96T180 250T205 541T266 770T353 944T444 1069T527 1150H555Q561 1144 561 1141Q561 1137 545 1120T504 1072T447 995T386 878T330 721T288 513T272 251Q272 133 280 56Q293 -87 326 -209T399 -405T475 -531T536 -609T561 -640Q561 -643 555 -649H527Q483 -612 443 -568T353 -443T266 -270T205 -41Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-I-1D700",
            d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-S3-221A",
            d: "M424 -948Q422 -947 313 -434T202 80L170 31Q165 24 157 10Q137 -21 137 -21Q131 -16 124 -8L111 5L264 248L473 -720Q473 -717 727 359T983 1440Q989 1450 1001 1450Q1007 1450 1013 1445T1020 1433Q1020 1425 742 244T460 -941Q458 -950 439 -950H436Q424 -950 424 -948Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-I-1D451",
            d: "M366 683Q367 683 438 688T511 694Q523 694 523 686Q523 679 450 384T375 83T374 68Q374 26 402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487H491Q506 153 506 145Q506 140 503 129Q490 79 473 48T445 8T417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157Q33 205 53 255T101 341Q148 398 195 420T280 442Q336 442 364 400Q369 394 369 396Q370 400 396 505T424 616Q424 629 417 632T378 637H357Q351 643 351 645T353 664Q358 683 366 683ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-I-1D45B",
            d: "M21 287Q22 293 24 303T36 341T56 388T89 425T135 442Q171 442 195 424T225 390T231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336T465 179T427 52Q427 26 444 26Q450 26 453 27Q482 32 505 65T540 145Q542 153 560 153Q580 153 580 145Q580 144 576 130Q568 101 554 73T508 17T439 -10Q392 -10 371 17T350 73Q350 92 386 193T423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 112 180T152 343Q153 348 153 366Q153 405 129 405Q91 405 66 305Q60 285 60 284Q58 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-LO-29",
            d: "M35 1138Q35 1150 51 1150H56H69Q113 1113 153 1069T243 944T330 771T391 541T416 250T391 -40T330 -270T243 -443T152 -568T69 -649H56Q43 -649 39 -647T35 -637Q65 -607 110 -548Q283 -316 316 56Q324 133 324 251Q324 368 316 445Q278 877 48 1123Q36 1137 35 1138Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-33",
            d: "M127 463Q100 463 85 480T69 524Q69 579 117 622T233 665Q268 665 277 664Q351 652 390 611T430 522Q430 470 396 421T302 350L299 348Q299 347 308 345T337 336T375 315Q457 262 457 175Q457 96 395 37T238 -22Q158 -22 100 21T42 130Q42 158 60 175T105 193Q133 193 151 175T169 130Q169 119 166 110T159 94T148 82T136 74T126 70T118 67L114 66Q165 21 238 21Q293 21 321 74Q338 107 338 175V195Q338 290 274 322Q259 328 213 329L171 330L168 332Q166 335 166 348Q166 366 174 366Q202 366 232 371Q266 376 294 413T322 525V533Q322 590 287 612Q265 626 240 626Q208 626 181 615T143 592T132 580H135Q138 579 143 578T153 573T165 566T175 555T183 540T186 520Q186 498 172 481T127 463Z"
          }), createVNode(_components.path, {
            id: "MJX-18-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1489.9)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1489.9) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "3589.2 -1489.9 1 2479.8",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-221.9)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4F",
                              "xlink:href": "#MJX-18-TEX-C-4F"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(796,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-18-TEX-LO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(1393,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mn",
                            transform: "translate(1314.2,676)",
                            children: createVNode(_components.use, {
                              "data-c": "31",
                              "xlink:href": "#MJX-18-TEX-N-31"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-18-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(722.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-18-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1722.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-18-TEX-N-32"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2222.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D700",
                                "xlink:href": "#MJX-18-TEX-I-1D700"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "2888.4",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msqrt",
                          transform: "translate(4521.4,0)",
                          children: [createVNode(_components.g, {
                            transform: "translate(1020,0)",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mfrac",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(260,676)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D451",
                                  "xlink:href": "#MJX-18-TEX-I-1D451"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(220,-686)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D45B",
                                  "xlink:href": "#MJX-18-TEX-I-1D45B"
                                })
                              }), createVNode(_components.rect, {
                                width: "800",
                                height: "60",
                                x: "120",
                                y: "220"
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0,201.8)",
                            children: createVNode(_components.use, {
                              "data-c": "221A",
                              "xlink:href": "#MJX-18-TEX-S3-221A"
                            })
                          }), createVNode(_components.rect, {
                            width: "1040",
                            height: "60",
                            x: "1020",
                            y: "1591.8"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(6581.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-18-TEX-LO-29"
                            })
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1489.9 1 2479.8",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:3",
                      transform: "translate(0,528.1)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-18-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "33",
                            "xlink:href": "#MJX-18-TEX-N-33",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-18-TEX-N-29",
                            transform: "translate(889,0)"
                          })]
                        })
                      })]
                    })
                  })
                })]
              })
            })
          })
        })]
      })
    }), "\n", createVNode(_components.p, {
      children: ["where ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.023ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.176ex",
          height: "1.593ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 520 704",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "d",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-19-TEX-I-1D451",
              d: "M366 683Q367 683 438 688T511 694Q523 694 523 686Q523 679 450 384T375 83T374 68Q374 26 402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487H491Q506 153 506 145Q506 140 503 129Q490 79 473 48T445 8T417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157Q33 205 53 255T101 341Q148 398 195 420T280 442Q336 442 364 400Q369 394 369 396Q370 400 396 505T424 616Q424 629 417 632T378 637H357Q351 643 351 645T353 664Q358 683 366 683ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D451",
                  "xlink:href": "#MJX-19-TEX-I-1D451"
                })
              })
            })
          })]
        })
      }), " is the dimension of the policy parameters and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.357ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 600 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "n",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-20-TEX-I-1D45B",
              d: "M21 287Q22 293 24 303T36 341T56 388T89 425T135 442Q171 442 195 424T225 390T231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336T465 179T427 52Q427 26 444 26Q450 26 453 27Q482 32 505 65T540 145Q542 153 560 153Q580 153 580 145Q580 144 576 130Q568 101 554 73T508 17T439 -10Q392 -10 371 17T350 73Q350 92 386 193T423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 112 180T152 343Q153 348 153 366Q153 405 129 405Q91 405 66 305Q60 285 60 284Q58 278 41 278H27Q21 284 21 287Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D45B",
                  "xlink:href": "#MJX-20-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), " the number of preference pairs. With no noise this matches the usual ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.639ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.973ex",
          height: "2.851ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -977.5 2640 1260",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sqrt{d/n}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-21-TEX-SO-221A",
              d: "M263 249Q264 249 315 130T417 -108T470 -228L725 302Q981 837 982 839Q989 850 1001 850Q1008 850 1013 844T1020 832V826L741 243Q645 43 540 -176Q479 -303 469 -324T453 -348Q449 -350 436 -350L424 -349L315 -96Q206 156 205 156L171 130Q138 104 137 104L111 130L263 249Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D451",
              d: "M366 683Q367 683 438 688T511 694Q523 694 523 686Q523 679 450 384T375 83T374 68Q374 26 402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487H491Q506 153 506 145Q506 140 503 129Q490 79 473 48T445 8T417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157Q33 205 53 255T101 341Q148 398 195 420T280 442Q336 442 364 400Q369 394 369 396Q370 400 396 505T424 616Q424 629 417 632T378 637H357Q351 643 351 645T353 664Q358 683 366 683ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D45B",
              d: "M21 287Q22 293 24 303T36 341T56 388T89 425T135 442Q171 442 195 424T225 390T231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336T465 179T427 52Q427 26 444 26Q450 26 453 27Q482 32 505 65T540 145Q542 153 560 153Q580 153 580 145Q580 144 576 130Q568 101 554 73T508 17T439 -10Q392 -10 371 17T350 73Q350 92 386 193T423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 112 180T152 343Q153 348 153 366Q153 405 129 405Q91 405 66 305Q60 285 60 284Q58 278 41 278H27Q21 284 21 287Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msqrt",
                children: [createVNode(_components.g, {
                  transform: "translate(1020,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D451",
                      "xlink:href": "#MJX-21-TEX-I-1D451"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    transform: "translate(520,0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mo",
                      children: createVNode(_components.use, {
                        "data-c": "2F",
                        "xlink:href": "#MJX-21-TEX-N-2F"
                      })
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(1020,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D45B",
                      "xlink:href": "#MJX-21-TEX-I-1D45B"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0,67.5)",
                  children: createVNode(_components.use, {
                    "data-c": "221A",
                    "xlink:href": "#MJX-21-TEX-SO-221A"
                  })
                }), createVNode(_components.rect, {
                  width: "1620",
                  height: "60",
                  x: "1020",
                  y: "857.5"
                })]
              })
            })
          })]
        })
      }), " rate; noise costs only the factor ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "10.105ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 4466.4 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "1/(1-2\\varepsilon)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-22-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "mn",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-22-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(500,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-22-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1000,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-22-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1389,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-22-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2111.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-22-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(3111.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-22-TEX-N-32"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(3611.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-22-TEX-I-1D700"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(4077.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-22-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ", which blows up only as ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.05ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.054ex",
          height: "1.072ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -452 466 474",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\varepsilon",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-23-TEX-I-1D700",
              d: "M190 -22Q124 -22 76 11T27 107Q27 174 97 232L107 239L99 248Q76 273 76 304Q76 364 144 408T290 452H302Q360 452 405 421Q428 405 428 392Q428 381 417 369T391 356Q382 356 371 365T338 383T283 392Q217 392 167 368T116 308Q116 289 133 272Q142 263 145 262T157 264Q188 278 238 278H243Q308 278 308 247Q308 206 223 206Q177 206 142 219L132 212Q68 169 68 112Q68 39 201 39Q253 39 286 49T328 72T345 94T362 105Q376 103 376 88Q376 79 365 62T334 26T275 -8T190 -22Z"
            })
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D700",
                  "xlink:href": "#MJX-23-TEX-I-1D700"
                })
              })
            })
          })]
        })
      }), " approaches one half, where labels carry no information."]
    }), "\n", createVNode(_components.p, {
      children: "Experimentally, the authors inject label flips into IMDb sentiment generation and Anthropic’s helpful-harmless dataset. According to the paper, rDPO holds up better than vanilla DPO and than practitioners’ heuristics such as conservative DPO as the noise level rises."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["Eq. (2) is a preference-learning version of a classic idea in learning with noisy labels; ", createVNode(_components.a, {
        href: "/papers/label-distributionally-robust-losses/",
        children: "label distributionally robust losses"
      }), " and ", createVNode(_components.a, {
        href: "/papers/compressing-features-noisy-labels/",
        children: "compressing features for noisy labels"
      }), " attack the same problem in classification, by changing the loss and by regularising the representation. ", createVNode(_components.a, {
        href: "/papers/iterative-nash-policy-optimization/",
        children: "Iterative Nash Policy Optimization"
      }), " and ", createVNode(_components.a, {
        href: "/papers/contrastive-preference-learning/",
        children: "Contrastive Preference Learning"
      }), " are pairwise losses of the same family, designed for different assumptions about where preferences come from."]
    })]
  });
}
function MDXContent(props = {}) {
  const {wrapper: MDXLayout} = props.components || ({});
  return MDXLayout ? createVNode(MDXLayout, {
    ...props,
    children: createVNode(_createMdxContent, {
      ...props
    })
  }) : _createMdxContent(props);
}

const url = "content/papers/robust-dpo.mdx/";
const file = "/work/main/content/papers/robust-dpo.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/robust-dpo.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
