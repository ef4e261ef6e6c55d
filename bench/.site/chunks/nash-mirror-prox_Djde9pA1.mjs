import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Accelerating Nash Learning from Human Feedback via Mirror Prox",
  "arxiv": "2505.19731",
  "authors": ["Daniil Tiapkin", "Daniele Calandriello", "Denis Belomestny", "Eric Moulines", "Alexey Naumov", "Kashif Rasul", "Michal Valko", "Pierre Ménard"],
  "year": 2025,
  "venue": "preprint",
  "topics": ["preference-alignment", "online-learning-regret", "optimization"],
  "summary": "Nash-MP applies the Mirror Prox extragradient scheme to the KL-regularised preference game and proves last-iterate linear convergence whose rate does not depend on the number of responses.",
  "related": ["nash-learning-human-feedback", "iterative-nash-policy-optimization", "direct-nash-optimization"]
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
    svg: "svg",
    text: "text",
    use: "use",
    ...props.components
  }, _component0 = _components["mjx-container"];
  return createVNode(Fragment, {
    children: [createVNode(_components.p, {
      children: "Framing alignment as a game over preferences removes the Bradley–Terry assumption, but it creates an optimisation question: how many preference queries does it take to reach the equilibrium? Plain mirror descent on games tends to cycle or converge slowly, and guarantees often hold only for the average of the iterates. This paper borrows a classical remedy from optimisation, the extragradient or Mirror Prox step, and shows that it converges fast and in the last iterate."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["The setting is the one introduced in ", createVNode(_components.a, {
        href: "/papers/nash-learning-human-feedback/",
        children: "Nash learning from human feedback"
      }), ". A preference function ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "9.281ex",
          height: "2.283ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 4102 1009",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{P}(y \\succ y')",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-1-TEX-C-50",
              d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-227B",
              d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-29",
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
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                children: createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "50",
                    "xlink:href": "#MJX-1-TEX-C-50"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(733,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-1-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1122,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D466",
                  "xlink:href": "#MJX-1-TEX-I-1D466"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1889.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "227B",
                  "xlink:href": "#MJX-1-TEX-N-227B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(2945.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-1-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(523,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-1-TEX-V-2032"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3713,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-1-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " gives the probability that response ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.464ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.109ex",
          height: "1.464ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 490 647",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "y",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D466",
                  "xlink:href": "#MJX-2-TEX-I-1D466"
                })
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
          width: "1.736ex",
          height: "2.181ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 767.5 964",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "y'",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-3-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(523,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-3-TEX-V-2032"
                  })
                })]
              })
            })
          })]
        })
      }), " (the prompt is left implicit). The game’s payoff for policy ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.29ex",
          height: "1ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 570 442",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
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
                  "data-c": "1D70B",
                  "xlink:href": "#MJX-4-TEX-I-1D70B"
                })
              })
            })
          })]
        })
      }), " against ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.917ex",
          height: "1.742ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 847.5 770",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi'",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-5-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-5-TEX-V-2032"
                  })
                })]
              })
            })
          })]
        })
      }), " is the win probability ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "9.643ex",
          height: "2.283ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 4262 1009",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{P}(\\pi \\succ \\pi')",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-6-TEX-C-50",
              d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-227B",
              d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-29",
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
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                children: createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "50",
                    "xlink:href": "#MJX-6-TEX-C-50"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(733,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-6-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1122,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D70B",
                  "xlink:href": "#MJX-6-TEX-I-1D70B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1969.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "227B",
                  "xlink:href": "#MJX-6-TEX-N-227B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(3025.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-6-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-6-TEX-V-2032"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3873,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-6-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ", and a KL penalty with weight ", createVNode(_component0, {
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
              id: "MJX-7-TEX-I-1D6FD",
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
                  "xlink:href": "#MJX-7-TEX-I-1D6FD"
                })
              })
            })
          })]
        })
      }), " ties both players to a reference policy ", createVNode(_component0, {
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
              id: "MJX-8-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-66",
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
                    "xlink:href": "#MJX-8-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-8-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-8-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-8-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), ". The target is the unique ", createVNode(_component0, {
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
              id: "MJX-9-TEX-I-1D6FD",
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
                  "xlink:href": "#MJX-9-TEX-I-1D6FD"
                })
              })
            })
          })]
        })
      }), "-regularised Nash equilibrium ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.968ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.383ex",
          height: "2.533ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -691.8 1053.2 1119.7",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi^*_\\beta",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msubsup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-10-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2217",
                    "xlink:href": "#MJX-10-TEX-N-2217"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-290.8) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D6FD",
                    "xlink:href": "#MJX-10-TEX-I-1D6FD"
                  })
                })]
              })
            })
          })]
        })
      }), ". Preferences may be intransitive, so the equilibrium can be a genuine mixture over responses."]
    }), "\n", createVNode(_components.p, {
      children: "Existing algorithms such as Nash-MD reach this equilibrium, but with rates that the authors aim to improve. For a language model, each iteration costs fresh samples and preference queries, so the number of iterations is the budget that matters."
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["Mirror Prox takes two proximal steps per iteration. The first is a look-ahead step from the current policy ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.311ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 1021.4 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_k",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
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
                    "xlink:href": "#MJX-11-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D458",
                    "xlink:href": "#MJX-11-TEX-I-1D458"
                  })
                })]
              })
            })
          })]
        })
      }), " against the current opponent; the second starts again from ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.311ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 1021.4 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_k",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
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
                    "xlink:href": "#MJX-12-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D458",
                    "xlink:href": "#MJX-12-TEX-I-1D458"
                  })
                })]
              })
            })
          })]
        })
      }), " but uses the opponent found by the look-ahead:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "71.581ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.548ex",
          minWidth: "71.581ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "4.227ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\pi_{k+1/2} = \\arg\\max_\\pi \\Big\\lbrace \\eta\\big[\\mathcal{P}(\\pi \\succ \\pi_k) - \\beta\\,\\mathrm{KL}(\\pi \\,\\|\\, \\pi_{\\text{ref}})\\big] - \\mathrm{KL}(\\pi \\,\\|\\, \\pi_k) \\Big\\rbrace \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D458",
            d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2F",
            d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-61",
            d: "M137 305T115 305T78 320T63 359Q63 394 97 421T218 448Q291 448 336 416T396 340Q401 326 401 309T402 194V124Q402 76 407 58T428 40Q443 40 448 56T453 109V145H493V106Q492 66 490 59Q481 29 455 12T400 -6T353 12T329 54V58L327 55Q325 52 322 49T314 40T302 29T287 17T269 6T247 -2T221 -8T190 -11Q130 -11 82 20T34 107Q34 128 41 147T68 188T116 225T194 253T304 268H318V290Q318 324 312 340Q290 411 215 411Q197 411 181 410T156 406T148 403Q170 388 170 359Q170 334 154 320ZM126 106Q126 75 150 51T209 26Q247 26 276 49T315 109Q317 116 318 175Q318 233 317 233Q309 233 296 232T251 223T193 203T147 166T126 106Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-72",
            d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-LO-7B",
            d: "M547 -643L541 -649H528Q515 -649 503 -645Q324 -582 293 -466Q289 -449 289 -428T287 -200L286 42L284 53Q274 98 248 135T196 190T146 222L121 235Q119 239 119 250Q119 262 121 266T133 273Q262 336 284 449L286 460L287 701Q287 737 287 794Q288 949 292 963Q293 966 293 967Q325 1080 508 1148Q516 1150 527 1150H541L547 1144V1130Q547 1117 546 1115T536 1109Q480 1086 437 1046T381 950L379 940L378 699Q378 657 378 594Q377 452 374 438Q373 437 373 436Q350 348 243 282Q192 257 186 254L176 251L188 245Q211 236 234 223T287 189T340 135T373 65Q373 64 374 63Q377 49 378 -93Q378 -156 378 -198L379 -438L381 -449Q393 -504 436 -544T536 -608Q544 -611 545 -613T547 -629V-643Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D702",
            d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-SO-5B",
            d: "M202 -349V850H394V810H242V-309H394V-349H202Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-C-50",
            d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-227B",
            d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-4B",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q57 680 180 680Q315 680 324 683H335V637H313Q235 637 233 620Q232 618 232 462L233 307L379 449Q425 494 479 546Q518 584 524 591T531 607V608Q531 630 503 636Q501 636 498 636T493 637H489V683H499Q517 680 630 680Q704 680 716 683H722V637H708Q633 633 589 597Q584 592 495 506T406 419T515 254T631 80Q644 60 662 54T715 46H736V0H728Q719 3 615 3Q493 3 472 0H461V46H469Q515 46 515 72Q515 78 512 84L336 351Q332 348 278 296L232 251V156Q232 62 235 58Q243 47 302 46H335V0H324Q303 3 180 3Q45 3 36 0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-4C",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q48 680 182 680Q324 680 348 683H360V637H333Q273 637 258 635T233 622L232 342V129Q232 57 237 52Q243 47 313 47Q384 47 410 53Q470 70 498 110T536 221Q536 226 537 238T540 261T542 272T562 273H582V268Q580 265 568 137T554 5V0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2225",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-66",
            d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-SO-5D",
            d: "M22 810V850H214V-349H22V-309H174V810H22Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-LO-7D",
            d: "M119 1130Q119 1144 121 1147T135 1150H139Q151 1150 182 1138T252 1105T326 1046T373 964Q378 942 378 702Q378 469 379 462Q386 394 439 339Q482 296 535 272Q544 268 545 266T547 251Q547 241 547 238T542 231T531 227T510 217T477 194Q390 129 379 39Q378 32 378 -201Q378 -441 373 -463Q342 -580 165 -644Q152 -649 139 -649Q125 -649 122 -646T119 -629Q119 -622 119 -619T121 -614T124 -610T132 -607T143 -602Q195 -579 235 -539T285 -447Q286 -435 287 -199T289 51Q294 74 300 91T329 138T390 197Q412 213 436 226T475 244L489 250L472 258Q455 265 430 279T377 313T327 366T293 434Q289 451 289 472T287 699Q286 941 285 948Q279 978 262 1005T227 1048T184 1080T151 1100T129 1109L127 1110Q119 1113 119 1130Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1184.1)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1184.1) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "13741.4 -1184.1 1 1868.3",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,34.6)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-13-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-176.7) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D458",
                                "xlink:href": "#MJX-13-TEX-I-1D458"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(521,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2B",
                                "xlink:href": "#MJX-13-TEX-N-2B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1299,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-13-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(1799,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "2F",
                                  "xlink:href": "#MJX-13-TEX-N-2F"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(2299,0)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-13-TEX-N-32"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2910,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-13-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3965.7,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "61",
                            "xlink:href": "#MJX-13-TEX-N-61"
                          }), createVNode(_components.use, {
                            "data-c": "72",
                            "xlink:href": "#MJX-13-TEX-N-72",
                            transform: "translate(500,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-13-TEX-N-67",
                            transform: "translate(892,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5357.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-13-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(5524.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-13-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "61",
                              "xlink:href": "#MJX-13-TEX-N-61",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "78",
                              "xlink:href": "#MJX-13-TEX-N-78",
                              transform: "translate(1333,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(729,-611) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-13-TEX-I-1D70B"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(7552.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "7B",
                              "xlink:href": "#MJX-13-TEX-LO-7B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8219.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D702",
                            "xlink:href": "#MJX-13-TEX-I-1D702"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(8716.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-13-TEX-SO-5B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(9133.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "50",
                              "xlink:href": "#MJX-13-TEX-C-50"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9866.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(10255.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-13-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11102.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "227B",
                            "xlink:href": "#MJX-13-TEX-N-227B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(12158.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-13-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(603,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D458",
                              "xlink:href": "#MJX-13-TEX-I-1D458"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13180,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13791.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-13-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14791.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-13-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(15357.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(15524.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: [createVNode(_components.use, {
                              "data-c": "4B",
                              "xlink:href": "#MJX-13-TEX-N-4B"
                            }), createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-13-TEX-N-4C",
                              transform: "translate(778,0)"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16927.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(17316.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-13-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(17886.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18053.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-13-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(18553.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(18720.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-13-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "72",
                                "xlink:href": "#MJX-13-TEX-N-72"
                              }), createVNode(_components.use, {
                                "data-c": "65",
                                "xlink:href": "#MJX-13-TEX-N-65",
                                transform: "translate(392,0)"
                              }), createVNode(_components.use, {
                                "data-c": "66",
                                "xlink:href": "#MJX-13-TEX-N-66",
                                transform: "translate(836,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20181,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(20570,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-13-TEX-SO-5D"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21209.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-13-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(22209.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: [createVNode(_components.use, {
                              "data-c": "4B",
                              "xlink:href": "#MJX-13-TEX-N-4B"
                            }), createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-13-TEX-N-4C",
                              transform: "translate(778,0)"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(23612.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(24001.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-13-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(24571.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24738.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-13-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(25238.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(25405.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-13-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(603,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D458",
                              "xlink:href": "#MJX-13-TEX-I-1D458"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(26426.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(26815.8,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "7D",
                              "xlink:href": "#MJX-13-TEX-LO-7D"
                            })
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1184.1 1 1868.3",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,784.6)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-13-TEX-N-31",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29",
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
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "73.626ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.548ex",
          minWidth: "73.626ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "4.227ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\pi_{k+1} = \\arg\\max_\\pi \\Big\\lbrace \\eta\\big[\\mathcal{P}(\\pi \\succ \\pi_{k+1/2}) - \\beta\\,\\mathrm{KL}(\\pi \\,\\|\\, \\pi_{\\text{ref}})\\big] - \\mathrm{KL}(\\pi \\,\\|\\, \\pi_k) \\Big\\rbrace \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D458",
            d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-61",
            d: "M137 305T115 305T78 320T63 359Q63 394 97 421T218 448Q291 448 336 416T396 340Q401 326 401 309T402 194V124Q402 76 407 58T428 40Q443 40 448 56T453 109V145H493V106Q492 66 490 59Q481 29 455 12T400 -6T353 12T329 54V58L327 55Q325 52 322 49T314 40T302 29T287 17T269 6T247 -2T221 -8T190 -11Q130 -11 82 20T34 107Q34 128 41 147T68 188T116 225T194 253T304 268H318V290Q318 324 312 340Q290 411 215 411Q197 411 181 410T156 406T148 403Q170 388 170 359Q170 334 154 320ZM126 106Q126 75 150 51T209 26Q247 26 276 49T315 109Q317 116 318 175Q318 233 317 233Q309 233 296 232T251 223T193 203T147 166T126 106Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-72",
            d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-LO-7B",
            d: "M547 -643L541 -649H528Q515 -649 503 -645Q324 -582 293 -466Q289 -449 289 -428T287 -200L286 42L284 53Q274 98 248 135T196 190T146 222L121 235Q119 239 119 250Q119 262 121 266T133 273Q262 336 284 449L286 460L287 701Q287 737 287 794Q288 949 292 963Q293 966 293 967Q325 1080 508 1148Q516 1150 527 1150H541L547 1144V1130Q547 1117 546 1115T536 1109Q480 1086 437 1046T381 950L379 940L378 699Q378 657 378 594Q377 452 374 438Q373 437 373 436Q350 348 243 282Q192 257 186 254L176 251L188 245Q211 236 234 223T287 189T340 135T373 65Q373 64 374 63Q377 49 378 -93Q378 -156 378 -198L379 -438L381 -449Q393 -504 436 -544T536 -608Q544 -611 545 -613T547 -629V-643Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D702",
            d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-SO-5B",
            d: "M202 -349V850H394V810H242V-309H394V-349H202Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-C-50",
            d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-227B",
            d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2F",
            d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-4B",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q57 680 180 680Q315 680 324 683H335V637H313Q235 637 233 620Q232 618 232 462L233 307L379 449Q425 494 479 546Q518 584 524 591T531 607V608Q531 630 503 636Q501 636 498 636T493 637H489V683H499Q517 680 630 680Q704 680 716 683H722V637H708Q633 633 589 597Q584 592 495 506T406 419T515 254T631 80Q644 60 662 54T715 46H736V0H728Q719 3 615 3Q493 3 472 0H461V46H469Q515 46 515 72Q515 78 512 84L336 351Q332 348 278 296L232 251V156Q232 62 235 58Q243 47 302 46H335V0H324Q303 3 180 3Q45 3 36 0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-4C",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q48 680 182 680Q324 680 348 683H360V637H333Q273 637 258 635T233 622L232 342V129Q232 57 237 52Q243 47 313 47Q384 47 410 53Q470 70 498 110T536 221Q536 226 537 238T540 261T542 272T562 273H582V268Q580 265 568 137T554 5V0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2225",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-66",
            d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-SO-5D",
            d: "M22 810V850H214V-349H22V-309H174V810H22Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-LO-7D",
            d: "M119 1130Q119 1144 121 1147T135 1150H139Q151 1150 182 1138T252 1105T326 1046T373 964Q378 942 378 702Q378 469 379 462Q386 394 439 339Q482 296 535 272Q544 268 545 266T547 251Q547 241 547 238T542 231T531 227T510 217T477 194Q390 129 379 39Q378 32 378 -201Q378 -441 373 -463Q342 -580 165 -644Q152 -649 139 -649Q125 -649 122 -646T119 -629Q119 -622 119 -619T121 -614T124 -610T132 -607T143 -602Q195 -579 235 -539T285 -447Q286 -435 287 -199T289 51Q294 74 300 91T329 138T390 197Q412 213 436 226T475 244L489 250L472 258Q455 265 430 279T377 313T327 366T293 434Q289 451 289 472T287 699Q286 941 285 948Q279 978 262 1005T227 1048T184 1080T151 1100T129 1109L127 1110Q119 1113 119 1130Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1184.1)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1184.1) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "14193.3 -1184.1 1 1868.3",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,34.6)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-14-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D458",
                                "xlink:href": "#MJX-14-TEX-I-1D458"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(521,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2B",
                                "xlink:href": "#MJX-14-TEX-N-2B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1299,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-14-TEX-N-31"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2202.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-14-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3258.6,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "61",
                            "xlink:href": "#MJX-14-TEX-N-61"
                          }), createVNode(_components.use, {
                            "data-c": "72",
                            "xlink:href": "#MJX-14-TEX-N-72",
                            transform: "translate(500,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-14-TEX-N-67",
                            transform: "translate(892,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4650.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-14-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(4817.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-14-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "61",
                              "xlink:href": "#MJX-14-TEX-N-61",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "78",
                              "xlink:href": "#MJX-14-TEX-N-78",
                              transform: "translate(1333,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(729,-611) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-14-TEX-I-1D70B"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(6845,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "7B",
                              "xlink:href": "#MJX-14-TEX-LO-7B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7512,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D702",
                            "xlink:href": "#MJX-14-TEX-I-1D702"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(8009,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-14-TEX-SO-5B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(8426,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "50",
                              "xlink:href": "#MJX-14-TEX-C-50"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9159,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9548,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-14-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10395.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "227B",
                            "xlink:href": "#MJX-14-TEX-N-227B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(11451.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-14-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-176.7) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D458",
                                "xlink:href": "#MJX-14-TEX-I-1D458"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(521,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2B",
                                "xlink:href": "#MJX-14-TEX-N-2B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1299,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-14-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(1799,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "2F",
                                  "xlink:href": "#MJX-14-TEX-N-2F"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(2299,0)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-14-TEX-N-32"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14083.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14694.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-14-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(15695.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-14-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(16261.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(16428.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: [createVNode(_components.use, {
                              "data-c": "4B",
                              "xlink:href": "#MJX-14-TEX-N-4B"
                            }), createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-14-TEX-N-4C",
                              transform: "translate(778,0)"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17831.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(18220.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-14-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(18790.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18957.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-14-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(19457.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(19624.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-14-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "72",
                                "xlink:href": "#MJX-14-TEX-N-72"
                              }), createVNode(_components.use, {
                                "data-c": "65",
                                "xlink:href": "#MJX-14-TEX-N-65",
                                transform: "translate(392,0)"
                              }), createVNode(_components.use, {
                                "data-c": "66",
                                "xlink:href": "#MJX-14-TEX-N-66",
                                transform: "translate(836,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21084.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(21473.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-14-TEX-SO-5D"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22112.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-14-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(23113.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: [createVNode(_components.use, {
                              "data-c": "4B",
                              "xlink:href": "#MJX-14-TEX-N-4B"
                            }), createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-14-TEX-N-4C",
                              transform: "translate(778,0)"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24516.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(24905.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-14-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(25475.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(25642.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-14-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(26142.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(26309.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-14-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(603,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D458",
                              "xlink:href": "#MJX-14-TEX-I-1D458"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(27330.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(27719.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "7D",
                              "xlink:href": "#MJX-14-TEX-LO-7D"
                            })
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1184.1 1 1868.3",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,784.6)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-14-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29",
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
      children: ["Here ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.489ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.124ex",
          height: "1.489ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 497 658",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\eta",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D702",
              d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D702",
                  "xlink:href": "#MJX-15-TEX-I-1D702"
                })
              })
            })
          })]
        })
      }), " is the step size, ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "9.643ex",
          height: "2.283ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 4262 1009",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{P}(\\pi \\succ \\pi')",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-16-TEX-C-50",
              d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-227B",
              d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
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
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                children: createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "50",
                    "xlink:href": "#MJX-16-TEX-C-50"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(733,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-16-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1122,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D70B",
                  "xlink:href": "#MJX-16-TEX-I-1D70B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1969.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "227B",
                  "xlink:href": "#MJX-16-TEX-N-227B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(3025.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-16-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-16-TEX-V-2032"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3873,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-16-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the expected win probability of a response from ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.29ex",
          height: "1ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 570 442",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
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
                  "data-c": "1D70B",
                  "xlink:href": "#MJX-17-TEX-I-1D70B"
                })
              })
            })
          })]
        })
      }), " against one from ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.917ex",
          height: "1.742ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 847.5 770",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi'",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-18-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-18-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-18-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-18-TEX-V-2032"
                  })
                })]
              })
            })
          })]
        })
      }), ", and the last KL term in each line keeps the step proximal to ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.311ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 1021.4 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_k",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-19-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
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
                    "xlink:href": "#MJX-19-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D458",
                    "xlink:href": "#MJX-19-TEX-I-1D458"
                  })
                })]
              })
            })
          })]
        })
      }), ". In a tabular game both problems have closed-form solutions of multiplicative-weights type: the new policy is proportional to a geometric blend of ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.311ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 1021.4 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_k",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-20-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-20-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
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
                    "xlink:href": "#MJX-20-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D458",
                    "xlink:href": "#MJX-20-TEX-I-1D458"
                  })
                })]
              })
            })
          })]
        })
      }), " and ", createVNode(_component0, {
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
              id: "MJX-21-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-66",
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
                    "xlink:href": "#MJX-21-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-21-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-21-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-21-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), ", reweighted by the exponential of each response’s win rate against the opponent."]
    }), "\n", createVNode(_components.p, {
      children: ["Why does the extra step help? In a game, the gradient seen by a player depends on the opponent, who is also moving. Using the gradient at the look-ahead point ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.8ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.955ex",
          height: "1.775ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 2632.2 784.5",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_{k+1/2}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-22-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-2B",
              d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
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
                    "xlink:href": "#MJX-22-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-176.7) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D458",
                      "xlink:href": "#MJX-22-TEX-I-1D458"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(521,0)",
                    children: createVNode(_components.use, {
                      "data-c": "2B",
                      "xlink:href": "#MJX-22-TEX-N-2B"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mn",
                    transform: "translate(1299,0)",
                    children: createVNode(_components.use, {
                      "data-c": "31",
                      "xlink:href": "#MJX-22-TEX-N-31"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    transform: "translate(1799,0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mo",
                      children: createVNode(_components.use, {
                        "data-c": "2F",
                        "xlink:href": "#MJX-22-TEX-N-2F"
                      })
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mn",
                    transform: "translate(2299,0)",
                    children: createVNode(_components.use, {
                      "data-c": "32",
                      "xlink:href": "#MJX-22-TEX-N-32"
                    })
                  })]
                })]
              })
            })
          })]
        })
      }), " anticipates that movement and damps the rotation that makes simple mirror descent circle around an equilibrium. The KL regularisation makes the game strongly monotone, which is what turns this damping into a geometric rate."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: ["The central result, stated in the abstract, is last-iterate linear convergence: the KL divergence between ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.968ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.383ex",
          height: "2.533ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -691.8 1053.2 1119.7",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi^*_\\beta",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-23-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "msubsup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-23-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2217",
                    "xlink:href": "#MJX-23-TEX-N-2217"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-290.8) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D6FD",
                    "xlink:href": "#MJX-23-TEX-I-1D6FD"
                  })
                })]
              })
            })
          })]
        })
      }), " and the current policy shrinks at a rate of order ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "12.522ex",
          height: "2.587ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -893.3 5534.6 1143.3",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(1+2\\beta)^{-N/2}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-24-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-2B",
              d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-32",
              d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-I-1D441",
              d: "M234 637Q231 637 226 637Q201 637 196 638T191 649Q191 676 202 682Q204 683 299 683Q376 683 387 683T401 677Q612 181 616 168L670 381Q723 592 723 606Q723 633 659 637Q635 637 635 648Q635 650 637 660Q641 676 643 679T653 683Q656 683 684 682T767 680Q817 680 843 681T873 682Q888 682 888 672Q888 650 880 642Q878 637 858 637Q787 633 769 597L620 7Q618 0 599 0Q585 0 582 2Q579 5 453 305L326 604L261 344Q196 88 196 79Q201 46 268 46H278Q284 41 284 38T282 19Q278 6 272 0H259Q228 2 151 2Q123 2 100 2T63 2T46 1Q31 1 31 10Q31 14 34 26T39 40Q41 46 62 46Q130 49 150 85Q154 91 221 362L289 634Q287 635 234 637Z"
            }), createVNode(_components.path, {
              id: "MJX-24-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
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
                  "xlink:href": "#MJX-24-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(389,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-24-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1111.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2B",
                  "xlink:href": "#MJX-24-TEX-N-2B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(2111.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-24-TEX-N-32"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2611.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D6FD",
                  "xlink:href": "#MJX-24-TEX-I-1D6FD"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(3177.4,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-24-TEX-N-29"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(422,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2212",
                      "xlink:href": "#MJX-24-TEX-N-2212"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(778,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D441",
                      "xlink:href": "#MJX-24-TEX-I-1D441"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    transform: "translate(1666,0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mo",
                      children: createVNode(_components.use, {
                        "data-c": "2F",
                        "xlink:href": "#MJX-24-TEX-N-2F"
                      })
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mn",
                    transform: "translate(2166,0)",
                    children: createVNode(_components.use, {
                      "data-c": "32",
                      "xlink:href": "#MJX-24-TEX-N-32"
                    })
                  })]
                })]
              })]
            })
          })]
        })
      }), ", where ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.009ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 888 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "N",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-25-TEX-I-1D441",
              d: "M234 637Q231 637 226 637Q201 637 196 638T191 649Q191 676 202 682Q204 683 299 683Q376 683 387 683T401 677Q612 181 616 168L670 381Q723 592 723 606Q723 633 659 637Q635 637 635 648Q635 650 637 660Q641 676 643 679T653 683Q656 683 684 682T767 680Q817 680 843 681T873 682Q888 682 888 672Q888 650 880 642Q878 637 858 637Q787 633 769 597L620 7Q618 0 599 0Q585 0 582 2Q579 5 453 305L326 604L261 344Q196 88 196 79Q201 46 268 46H278Q284 41 284 38T282 19Q278 6 272 0H259Q228 2 151 2Q123 2 100 2T63 2T46 1Q31 1 31 10Q31 14 34 26T39 40Q41 46 62 46Q130 49 150 85Q154 91 221 362L289 634Q287 635 234 637Z"
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
                  "data-c": "1D441",
                  "xlink:href": "#MJX-25-TEX-I-1D441"
                })
              })
            })
          })]
        })
      }), " is the number of preference queries. The authors prove linear convergence also for the exploitability gap (how much a best-responding opponent could gain) and, uniformly, for the span semi-norm of the log-probabilities, that is, the spread between the largest and smallest values of ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.968ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "13.996ex",
          height: "2.538ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 6186.4 1121.9",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\log \\pi_k - \\log \\pi^*_\\beta",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-26-TEX-N-6C",
              d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-N-6F",
              d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-N-67",
              d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-N-2061",
              d: ""
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-26-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
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
                children: [createVNode(_components.use, {
                  "data-c": "6C",
                  "xlink:href": "#MJX-26-TEX-N-6C"
                }), createVNode(_components.use, {
                  "data-c": "6F",
                  "xlink:href": "#MJX-26-TEX-N-6F",
                  transform: "translate(278,0)"
                }), createVNode(_components.use, {
                  "data-c": "67",
                  "xlink:href": "#MJX-26-TEX-N-67",
                  transform: "translate(778,0)"
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1278,0)",
                children: createVNode(_components.use, {
                  "data-c": "2061",
                  "xlink:href": "#MJX-26-TEX-N-2061"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(1444.7,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-26-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D458",
                    "xlink:href": "#MJX-26-TEX-I-1D458"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2688.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-26-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(3688.5,0)",
                children: [createVNode(_components.use, {
                  "data-c": "6C",
                  "xlink:href": "#MJX-26-TEX-N-6C"
                }), createVNode(_components.use, {
                  "data-c": "6F",
                  "xlink:href": "#MJX-26-TEX-N-6F",
                  transform: "translate(278,0)"
                }), createVNode(_components.use, {
                  "data-c": "67",
                  "xlink:href": "#MJX-26-TEX-N-67",
                  transform: "translate(778,0)"
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(4966.5,0)",
                children: createVNode(_components.use, {
                  "data-c": "2061",
                  "xlink:href": "#MJX-26-TEX-N-2061"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msubsup",
                transform: "translate(5133.2,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-26-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(603,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2217",
                    "xlink:href": "#MJX-26-TEX-N-2217"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-290.8) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D6FD",
                    "xlink:href": "#MJX-26-TEX-I-1D6FD"
                  })
                })]
              })]
            })
          })]
        })
      }), ". None of these rates depends on the size of the response space, which is essential when responses are sequences of tokens."]
    }), "\n", createVNode(_components.p, {
      children: "Because exact proximal steps are out of reach for a neural policy, the authors also analyse an approximate Nash-MP in which each of Eqs. (1) and (2) is solved approximately by stochastic policy gradient, and they describe a practical recipe for fine-tuning large language models. The experiments, according to the paper, show competitive performance and that the method can be combined with existing alignment techniques; we do not quote specific scores."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["Nash-MP solves the same regularised game as Nash-MD from ", createVNode(_components.a, {
        href: "/papers/nash-learning-human-feedback/",
        children: "the original NLHF paper"
      }), ", which shares authors with this one; the difference is the extragradient look-ahead and the sharper, size-independent rate. ", createVNode(_components.a, {
        href: "/papers/iterative-nash-policy-optimization/",
        children: "Iterative Nash Policy Optimization"
      }), " uses single-step online mirror descent and turns each step into a pairwise loss, so it is a natural point of comparison for the cost per iteration. ", createVNode(_components.a, {
        href: "/papers/direct-nash-optimization/",
        children: "Direct Nash Optimization"
      }), " shows how such self-play steps can be implemented as batches of contrastive training on the model’s own samples."]
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

const url = "content/papers/nash-mirror-prox.mdx/";
const file = "/work/main/content/papers/nash-mirror-prox.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/nash-mirror-prox.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
