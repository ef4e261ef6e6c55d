import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Prototype-Sample Relation Distillation: Towards Replay-Free Continual Learning",
  "arxiv": "2303.14771",
  "authors": ["Nader Asadi", "MohammadReza Davari", "Sudhir Mudur", "Rahaf Aljundi", "Eugene Belilovsky"],
  "year": 2023,
  "venue": "ICML 2023",
  "code": "https://github.com/naderAsadi/Probing-Continual-Learning",
  "topics": ["continual-learning", "distillation-compression"],
  "summary": "Learns class prototypes alongside a supervised contrastive encoder and keeps old prototypes valid without stored data by distilling their similarity profile over new-task samples.",
  "related": ["online-prototype-learning", "stability-gap", "dual-head-distillation"]
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
      children: "Most strong continual learning methods quietly rely on a replay buffer of old data. That is often not allowed: medical or proprietary data may not be kept. This paper asks how far one can get with no stored examples at all, and answers with a combination of contrastive representation learning, class prototypes, and a distillation loss that protects the prototypes rather than the network’s outputs."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: "A continual learner sees a sequence of tasks, each with its own classes, and must still perform on earlier classes after training on later ones. Without replay, the usual failure is that training on new data moves the features of old classes, so whatever classifier was built on top of them stops working. Prototype-based classifiers, which represent each class by a vector in feature space, suffer in a particular way: the stored prototype of an old class stays where it was while the features it described drift away."
    }), "\n", createVNode(_components.p, {
      children: "Earlier work had observed that representations trained with contrastive objectives forget less than those trained with cross-entropy. The authors start from that observation and ask how to keep the classifier, not just the representation, aligned over time."
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["Samples are mapped by an encoder to normalised embeddings ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.052ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 465 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "z",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D467",
              d: "M347 338Q337 338 294 349T231 360Q211 360 197 356T174 346T162 335T155 324L153 320Q150 317 138 317Q117 317 117 325Q117 330 120 339Q133 378 163 406T229 440Q241 442 246 442Q271 442 291 425T329 392T367 375Q389 375 411 408T434 441Q435 442 449 442H462Q468 436 468 434Q468 430 463 420T449 399T432 377T418 358L411 349Q368 298 275 214T160 106L148 94L163 93Q185 93 227 82T290 71Q328 71 360 90T402 140Q406 149 409 151T424 153Q443 153 443 143Q443 138 442 134Q425 72 376 31T278 -11Q252 -11 232 6T193 40T155 57Q111 57 76 -3Q70 -11 59 -11H54H41Q35 -5 35 -2Q35 13 93 84Q132 129 225 214T340 322Q352 338 347 338Z"
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
                  "data-c": "1D467",
                  "xlink:href": "#MJX-1-TEX-I-1D467"
                })
              })
            })
          })]
        })
      }), " and trained with a supervised contrastive loss, which pulls together samples of the same class. Class prototypes ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.019ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 892.2 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p_c",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
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
                    "data-c": "1D45D",
                    "xlink:href": "#MJX-2-TEX-I-1D45D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(536,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D450",
                    "xlink:href": "#MJX-2-TEX-I-1D450"
                  })
                })]
              })
            })
          })]
        })
      }), " live in the same space and are learned jointly, so that prediction is available at any point: a sample is assigned to its nearest prototype. To avoid biasing the new classes against the old ones, the prototypes of the current task are learned from current data."]
    }), "\n", createVNode(_components.p, {
      children: ["The new ingredient protects the old prototypes. For an old prototype ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.019ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 892.2 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p_c",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
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
                    "data-c": "1D45D",
                    "xlink:href": "#MJX-3-TEX-I-1D45D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(536,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D450",
                    "xlink:href": "#MJX-3-TEX-I-1D450"
                  })
                })]
              })
            })
          })]
        })
      }), " and a batch of current-task embeddings ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "9.534ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 4214.2 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "z_1, \\dots, z_B",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D467",
              d: "M347 338Q337 338 294 349T231 360Q211 360 197 356T174 346T162 335T155 324L153 320Q150 317 138 317Q117 317 117 325Q117 330 120 339Q133 378 163 406T229 440Q241 442 246 442Q271 442 291 425T329 392T367 375Q389 375 411 408T434 441Q435 442 449 442H462Q468 436 468 434Q468 430 463 420T449 399T432 377T418 358L411 349Q368 298 275 214T160 106L148 94L163 93Q185 93 227 82T290 71Q328 71 360 90T402 140Q406 149 409 151T424 153Q443 153 443 143Q443 138 442 134Q425 72 376 31T278 -11Q252 -11 232 6T193 40T155 57Q111 57 76 -3Q70 -11 59 -11H54H41Q35 -5 35 -2Q35 13 93 84Q132 129 225 214T340 322Q352 338 347 338Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-2026",
              d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60ZM525 60Q525 84 542 102T585 120Q609 120 627 104T646 61Q646 36 629 18T586 0T543 17T525 60ZM972 60Q972 84 989 102T1032 120Q1056 120 1074 104T1093 61Q1093 36 1076 18T1033 0T990 17T972 60Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D435",
              d: "M231 637Q204 637 199 638T194 649Q194 676 205 682Q206 683 335 683Q594 683 608 681Q671 671 713 636T756 544Q756 480 698 429T565 360L555 357Q619 348 660 311T702 219Q702 146 630 78T453 1Q446 0 242 0Q42 0 39 2Q35 5 35 10Q35 17 37 24Q42 43 47 45Q51 46 62 46H68Q95 46 128 49Q142 52 147 61Q150 65 219 339T288 628Q288 635 231 637ZM649 544Q649 574 634 600T585 634Q578 636 493 637Q473 637 451 637T416 636H403Q388 635 384 626Q382 622 352 506Q352 503 351 500L320 374H401Q482 374 494 376Q554 386 601 434T649 544ZM595 229Q595 273 572 302T512 336Q506 337 429 337Q311 337 310 336Q310 334 293 263T258 122L240 52Q240 48 252 48T333 46Q422 46 429 47Q491 54 543 105T595 229Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D467",
                    "xlink:href": "#MJX-4-TEX-I-1D467"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(498,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-4-TEX-N-31"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(901.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-4-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1346.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "2026",
                  "xlink:href": "#MJX-4-TEX-N-2026"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2684.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-4-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(3129.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D467",
                    "xlink:href": "#MJX-4-TEX-I-1D467"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(498,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D435",
                    "xlink:href": "#MJX-4-TEX-I-1D435"
                  })
                })]
              })]
            })
          })]
        })
      }), ", define a distribution over the batch that says which samples the prototype is most similar to:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "53.998ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.747ex",
          minWidth: "53.998ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.626ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "q_c(i) = \\frac{\\exp\\!\\big(p_c^\\top z_i / \\tau\\big)}{\\sum_{k=1}^{B} \\exp\\!\\big(p_c^\\top z_k / \\tau\\big)}, \\qquad i = 1,\\dots,B, \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D45E",
            d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D456",
            d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-70",
            d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-22A4",
            d: "M55 642T55 648T59 659T66 666T71 668H708Q723 660 723 648T708 628H409V15Q402 2 391 0Q387 0 384 1T379 3T375 6T373 9T371 13T369 16V628H71Q70 628 67 630T59 637Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D467",
            d: "M347 338Q337 338 294 349T231 360Q211 360 197 356T174 346T162 335T155 324L153 320Q150 317 138 317Q117 317 117 325Q117 330 120 339Q133 378 163 406T229 440Q241 442 246 442Q271 442 291 425T329 392T367 375Q389 375 411 408T434 441Q435 442 449 442H462Q468 436 468 434Q468 430 463 420T449 399T432 377T418 358L411 349Q368 298 275 214T160 106L148 94L163 93Q185 93 227 82T290 71Q328 71 360 90T402 140Q406 149 409 151T424 153Q443 153 443 143Q443 138 442 134Q425 72 376 31T278 -11Q252 -11 232 6T193 40T155 57Q111 57 76 -3Q70 -11 59 -11H54H41Q35 -5 35 -2Q35 13 93 84Q132 129 225 214T340 322Q352 338 347 338Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2F",
            d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D70F",
            d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-SO-2211",
            d: "M61 748Q64 750 489 750H913L954 640Q965 609 976 579T993 533T999 516H979L959 517Q936 579 886 621T777 682Q724 700 655 705T436 710H319Q183 710 183 709Q186 706 348 484T511 259Q517 250 513 244L490 216Q466 188 420 134T330 27L149 -187Q149 -188 362 -188Q388 -188 436 -188T506 -189Q679 -189 778 -162T936 -43Q946 -27 959 6H999L913 -249L489 -250Q65 -250 62 -248Q56 -246 56 -239Q56 -234 118 -161Q186 -81 245 -11L428 206Q428 207 242 462L57 717L56 728Q56 744 61 748Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D435",
            d: "M231 637Q204 637 199 638T194 649Q194 676 205 682Q206 683 335 683Q594 683 608 681Q671 671 713 636T756 544Q756 480 698 429T565 360L555 357Q619 348 660 311T702 219Q702 146 630 78T453 1Q446 0 242 0Q42 0 39 2Q35 5 35 10Q35 17 37 24Q42 43 47 45Q51 46 62 46H68Q95 46 128 49Q142 52 147 61Q150 65 219 339T288 628Q288 635 231 637ZM649 544Q649 574 634 600T585 634Q578 636 493 637Q473 637 451 637T416 636H403Q388 635 384 626Q382 622 352 506Q352 503 351 500L320 374H401Q482 374 494 376Q554 386 601 434T649 544ZM595 229Q595 273 572 302T512 336Q506 337 429 337Q311 337 310 336Q310 334 293 263T258 122L240 52Q240 48 252 48T333 46Q422 46 429 47Q491 54 543 105T595 229Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D458",
            d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2026",
            d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60ZM525 60Q525 84 542 102T585 120Q609 120 627 104T646 61Q646 36 629 18T586 0T543 17T525 60ZM972 60Q972 84 989 102T1032 120Q1056 120 1074 104T1093 61Q1093 36 1076 18T1033 0T990 17T972 60Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1714.3)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1714.3) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "9855.5 -1714.3 1 2928.5",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,55.3)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45E",
                              "xlink:href": "#MJX-5-TEX-I-1D45E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(479,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-5-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(835.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1224.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D456",
                            "xlink:href": "#MJX-5-TEX-I-1D456"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1569.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2236,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-5-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(3291.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(1571.1,809.5)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: [createVNode(_components.use, {
                                "data-c": "65",
                                "xlink:href": "#MJX-5-TEX-N-65"
                              }), createVNode(_components.use, {
                                "data-c": "78",
                                "xlink:href": "#MJX-5-TEX-N-78",
                                transform: "translate(444,0)"
                              }), createVNode(_components.use, {
                                "data-c": "70",
                                "xlink:href": "#MJX-5-TEX-N-70",
                                transform: "translate(972,0)"
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(1528,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(1527.7,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-5-TEX-SO-28"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(1985.7,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D45D",
                                  "xlink:href": "#MJX-5-TEX-I-1D45D"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(536,363) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "22A4",
                                  "xlink:href": "#MJX-5-TEX-N-22A4"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(536,-247) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D450",
                                  "xlink:href": "#MJX-5-TEX-I-1D450"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(3121.8,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D467",
                                  "xlink:href": "#MJX-5-TEX-I-1D467"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(498,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D456",
                                  "xlink:href": "#MJX-5-TEX-I-1D456"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(3913.7,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "2F",
                                  "xlink:href": "#MJX-5-TEX-N-2F"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(4413.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-5-TEX-I-1D70F"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(4930.7,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-5-TEX-SO-29"
                                })
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-920)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "munderover",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "2211",
                                  "xlink:href": "#MJX-5-TEX-SO-2211"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(1089,477.1) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D435",
                                    "xlink:href": "#MJX-5-TEX-I-1D435"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(1089,-285.4) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D458",
                                    "xlink:href": "#MJX-5-TEX-I-1D458"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(521,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "3D",
                                    "xlink:href": "#MJX-5-TEX-N-3D"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(1299,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-5-TEX-N-31"
                                  })
                                })]
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2577.8,0)",
                              children: [createVNode(_components.use, {
                                "data-c": "65",
                                "xlink:href": "#MJX-5-TEX-N-65"
                              }), createVNode(_components.use, {
                                "data-c": "78",
                                "xlink:href": "#MJX-5-TEX-N-78",
                                transform: "translate(444,0)"
                              }), createVNode(_components.use, {
                                "data-c": "70",
                                "xlink:href": "#MJX-5-TEX-N-70",
                                transform: "translate(972,0)"
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(4105.8,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(4105.4,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-5-TEX-SO-28"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(4563.4,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D45D",
                                  "xlink:href": "#MJX-5-TEX-I-1D45D"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(536,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "22A4",
                                  "xlink:href": "#MJX-5-TEX-N-22A4"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(536,-247) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D450",
                                  "xlink:href": "#MJX-5-TEX-I-1D450"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(5699.5,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D467",
                                  "xlink:href": "#MJX-5-TEX-I-1D467"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(498,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D458",
                                  "xlink:href": "#MJX-5-TEX-I-1D458"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(6616,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "2F",
                                  "xlink:href": "#MJX-5-TEX-N-2F"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(7116,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-5-TEX-I-1D70F"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(7633,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-5-TEX-SO-29"
                                })
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "8291",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11822.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(12100.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14267.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D456",
                            "xlink:href": "#MJX-5-TEX-I-1D456"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14890.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-5-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mn",
                          transform: "translate(15945.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-5-TEX-N-31"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16445.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16890.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2026",
                            "xlink:href": "#MJX-5-TEX-N-2026"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18229.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(18673.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D435",
                            "xlink:href": "#MJX-5-TEX-I-1D435"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19432.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-5-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1714.3 1 2928.5",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,805.3)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
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
            verticalAlign: "-0.029ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.17ex",
          height: "1.005ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 517 444",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\tau",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D70F",
              d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
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
                  "data-c": "1D70F",
                  "xlink:href": "#MJX-6-TEX-I-1D70F"
                })
              })
            })
          })]
        })
      }), " is a temperature. The same distribution is computed with the frozen model and prototypes from the end of the previous task, giving ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.576ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.477ex",
          height: "2.508ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -853.7 1537 1108.5",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "q_c^{\\text{old}}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D45E",
              d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-6F",
              d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-6C",
              d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-64",
              d: "M376 495Q376 511 376 535T377 568Q377 613 367 624T316 637H298V660Q298 683 300 683L310 684Q320 685 339 686T376 688Q393 689 413 690T443 693T454 694H457V390Q457 84 458 81Q461 61 472 55T517 46H535V0Q533 0 459 -5T380 -11H373V44L365 37Q307 -11 235 -11Q158 -11 96 50T34 215Q34 315 97 378T244 442Q319 442 376 393V495ZM373 342Q328 405 260 405Q211 405 173 369Q146 341 139 305T131 211Q131 155 138 120T173 59Q203 26 251 26Q322 26 373 103V342Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
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
                    "data-c": "1D45E",
                    "xlink:href": "#MJX-7-TEX-I-1D45E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(543.7,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "6F",
                      "xlink:href": "#MJX-7-TEX-N-6F"
                    }), createVNode(_components.use, {
                      "data-c": "6C",
                      "xlink:href": "#MJX-7-TEX-N-6C",
                      transform: "translate(500,0)"
                    }), createVNode(_components.use, {
                      "data-c": "64",
                      "xlink:href": "#MJX-7-TEX-N-64",
                      transform: "translate(778,0)"
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(479,-247) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D450",
                    "xlink:href": "#MJX-7-TEX-I-1D450"
                  })
                })]
              })
            })
          })]
        })
      }), ". The prototype-sample relation distillation loss keeps the two close:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "35.409ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.01ex",
          minWidth: "35.409ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.152ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{L}_{\\text{PRD}} = \\sum_{c \\in \\mathcal{C}_{\\text{old}}} \\mathrm{KL}\\big(q_c^{\\text{old}} \\,\\|\\, q_c\\big), \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-8-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-50",
            d: "M130 622Q123 629 119 631T103 634T60 637H27V683H214Q237 683 276 683T331 684Q419 684 471 671T567 616Q624 563 624 489Q624 421 573 372T451 307Q429 302 328 301H234V181Q234 62 237 58Q245 47 304 46H337V0H326Q305 3 182 3Q47 3 38 0H27V46H60Q102 47 111 49T130 61V622ZM507 488Q507 514 506 528T500 564T483 597T450 620T397 635Q385 637 307 637H286Q237 637 234 628Q231 624 231 483V342H302H339Q390 342 423 349T481 382Q507 411 507 488Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-52",
            d: "M130 622Q123 629 119 631T103 634T60 637H27V683H202H236H300Q376 683 417 677T500 648Q595 600 609 517Q610 512 610 501Q610 468 594 439T556 392T511 361T472 343L456 338Q459 335 467 332Q497 316 516 298T545 254T559 211T568 155T578 94Q588 46 602 31T640 16H645Q660 16 674 32T692 87Q692 98 696 101T712 105T728 103T732 90Q732 59 716 27T672 -16Q656 -22 630 -22Q481 -16 458 90Q456 101 456 163T449 246Q430 304 373 320L363 322L297 323H231V192L232 61Q238 51 249 49T301 46H334V0H323Q302 3 181 3Q59 3 38 0H27V46H60Q102 47 111 49T130 61V622ZM491 499V509Q491 527 490 539T481 570T462 601T424 623T362 636Q360 636 340 636T304 637H283Q238 637 234 628Q231 624 231 492V360H289Q390 360 434 378T489 456Q491 467 491 499Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-44",
            d: "M130 622Q123 629 119 631T103 634T60 637H27V683H228Q399 682 419 682T461 676Q504 667 546 641T626 573T685 470T708 336Q708 210 634 116T442 3Q429 1 228 0H27V46H60Q102 47 111 49T130 61V622ZM593 338Q593 439 571 501T493 602Q439 637 355 637H322H294Q238 637 234 628Q231 624 231 344Q231 62 232 59Q233 49 248 48T339 46H350Q456 46 515 95Q561 133 577 191T593 338Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-2208",
            d: "M84 250Q84 372 166 450T360 539Q361 539 377 539T419 540T469 540H568Q583 532 583 520Q583 511 570 501L466 500Q355 499 329 494Q280 482 242 458T183 409T147 354T129 306T124 272V270H568Q583 262 583 250T568 230H124V228Q124 207 134 177T167 112T231 48T328 7Q355 1 466 0H570Q583 -10 583 -20Q583 -32 568 -40H471Q464 -40 446 -40T417 -41Q262 -41 172 45Q84 127 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-C-43",
            d: "M201 -25Q167 -25 136 -14T75 23T29 94T12 202Q12 290 50 394T161 574Q227 642 303 673T433 704Q435 705 457 705Q533 701 533 640Q533 606 507 548T464 474Q431 444 396 444Q381 444 381 453Q381 459 388 473T407 513T428 563Q433 580 433 594Q433 636 381 636Q314 636 260 594T175 489T128 363T112 247Q112 157 153 101T273 44Q347 44 398 121Q413 144 437 157T481 171Q496 171 496 160Q496 150 476 123Q426 56 350 16T201 -25Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-64",
            d: "M376 495Q376 511 376 535T377 568Q377 613 367 624T316 637H298V660Q298 683 300 683L310 684Q320 685 339 686T376 688Q393 689 413 690T443 693T454 694H457V390Q457 84 458 81Q461 61 472 55T517 46H535V0Q533 0 459 -5T380 -11H373V44L365 37Q307 -11 235 -11Q158 -11 96 50T34 215Q34 315 97 378T244 442Q319 442 376 393V495ZM373 342Q328 405 260 405Q211 405 173 369Q146 341 139 305T131 211Q131 155 138 120T173 59Q203 26 251 26Q322 26 373 103V342Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-4B",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q57 680 180 680Q315 680 324 683H335V637H313Q235 637 233 620Q232 618 232 462L233 307L379 449Q425 494 479 546Q518 584 524 591T531 607V608Q531 630 503 636Q501 636 498 636T493 637H489V683H499Q517 680 630 680Q704 680 716 683H722V637H708Q633 633 589 597Q584 592 495 506T406 419T515 254T631 80Q644 60 662 54T715 46H736V0H728Q719 3 615 3Q493 3 472 0H461V46H469Q515 46 515 72Q515 78 512 84L336 351Q332 348 278 296L232 251V156Q232 62 235 58Q243 47 302 46H335V0H324Q303 3 180 3Q45 3 36 0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-4C",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q48 680 182 680Q324 680 348 683H360V637H333Q273 637 258 635T233 622L232 342V129Q232 57 237 52Q243 47 313 47Q384 47 410 53Q470 70 498 110T536 221Q536 226 537 238T540 261T542 272T562 273H582V268Q580 265 568 137T554 5V0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-I-1D45E",
            d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-2225",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-8-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1388.5)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1388.5) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "5747.4 -1388.5 1 2277.1",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,438.5)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "4C",
                                "xlink:href": "#MJX-8-TEX-C-4C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(723,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "50",
                                "xlink:href": "#MJX-8-TEX-N-50"
                              }), createVNode(_components.use, {
                                "data-c": "52",
                                "xlink:href": "#MJX-8-TEX-N-52",
                                transform: "translate(681,0)"
                              }), createVNode(_components.use, {
                                "data-c": "44",
                                "xlink:href": "#MJX-8-TEX-N-44",
                                transform: "translate(1417,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2593,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-8-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(3648.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(216.1,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-8-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(0,-1115.5) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D450",
                                "xlink:href": "#MJX-8-TEX-I-1D450"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(433,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2208",
                                "xlink:href": "#MJX-8-TEX-N-2208"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1100,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "43",
                                    "xlink:href": "#MJX-8-TEX-C-43"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(560,-150) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mtext",
                                  children: [createVNode(_components.use, {
                                    "data-c": "6F",
                                    "xlink:href": "#MJX-8-TEX-N-6F"
                                  }), createVNode(_components.use, {
                                    "data-c": "6C",
                                    "xlink:href": "#MJX-8-TEX-N-6C",
                                    transform: "translate(500,0)"
                                  }), createVNode(_components.use, {
                                    "data-c": "64",
                                    "xlink:href": "#MJX-8-TEX-N-64",
                                    transform: "translate(778,0)"
                                  })]
                                })
                              })]
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(5691.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: [createVNode(_components.use, {
                              "data-c": "4B",
                              "xlink:href": "#MJX-8-TEX-N-4B"
                            }), createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-8-TEX-N-4C",
                              transform: "translate(778,0)"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(7094.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-8-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msubsup",
                          transform: "translate(7552.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45E",
                              "xlink:href": "#MJX-8-TEX-I-1D45E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(543.7,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "6F",
                                "xlink:href": "#MJX-8-TEX-N-6F"
                              }), createVNode(_components.use, {
                                "data-c": "6C",
                                "xlink:href": "#MJX-8-TEX-N-6C",
                                transform: "translate(500,0)"
                              }), createVNode(_components.use, {
                                "data-c": "64",
                                "xlink:href": "#MJX-8-TEX-N-64",
                                transform: "translate(778,0)"
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(479,-247) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-8-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(9089.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9256.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-8-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(9756.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(9923.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45E",
                              "xlink:href": "#MJX-8-TEX-I-1D45E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(479,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-8-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(10758.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-8-TEX-SO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11216.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-8-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1388.5 1 2277.1",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,1188.5)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-8-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-8-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-8-TEX-N-29",
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
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.514ex",
          height: "1.952ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 1553.3 862.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{C}_{\\text{old}}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-9-TEX-C-43",
              d: "M201 -25Q167 -25 136 -14T75 23T29 94T12 202Q12 290 50 394T161 574Q227 642 303 673T433 704Q435 705 457 705Q533 701 533 640Q533 606 507 548T464 474Q431 444 396 444Q381 444 381 453Q381 459 388 473T407 513T428 563Q433 580 433 594Q433 636 381 636Q314 636 260 594T175 489T128 363T112 247Q112 157 153 101T273 44Q347 44 398 121Q413 144 437 157T481 171Q496 171 496 160Q496 150 476 123Q426 56 350 16T201 -25Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-6F",
              d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-6C",
              d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-64",
              d: "M376 495Q376 511 376 535T377 568Q377 613 367 624T316 637H298V660Q298 683 300 683L310 684Q320 685 339 686T376 688Q393 689 413 690T443 693T454 694H457V390Q457 84 458 81Q461 61 472 55T517 46H535V0Q533 0 459 -5T380 -11H373V44L365 37Q307 -11 235 -11Q158 -11 96 50T34 215Q34 315 97 378T244 442Q319 442 376 393V495ZM373 342Q328 405 260 405Q211 405 173 369Q146 341 139 305T131 211Q131 155 138 120T173 59Q203 26 251 26Q322 26 373 103V342Z"
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
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "43",
                      "xlink:href": "#MJX-9-TEX-C-43"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(560,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "6F",
                      "xlink:href": "#MJX-9-TEX-N-6F"
                    }), createVNode(_components.use, {
                      "data-c": "6C",
                      "xlink:href": "#MJX-9-TEX-N-6C",
                      transform: "translate(500,0)"
                    }), createVNode(_components.use, {
                      "data-c": "64",
                      "xlink:href": "#MJX-9-TEX-N-64",
                      transform: "translate(778,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), " is the set of classes from earlier tasks. The training objective adds Eq. (2) to the supervised contrastive loss and the prototype learning loss."]
    }), "\n", createVNode(_components.p, {
      children: "The point of Eq. (2) is that it needs no old data. It uses new-task samples as probes: an old prototype should keep the same relative similarities to these probes that it had before. If the embedding drifts, the old prototype must move with it to preserve those relations. Only relative similarities are constrained, not absolute positions, so the representation is still free to adapt to the new task."
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The authors report state-of-the-art performance in the task-incremental setting, outperforming methods that rely on large replay buffers, and strong performance in the harder class-incremental setting without storing any data points. They present the method as a holistic approach: representation, prototypes and their relations are learned together rather than added as separate fixes. We do not reproduce specific numbers here. The pre-release code for the method is part of the authors’ public repository."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: [createVNode(_components.a, {
        href: "/papers/online-prototype-learning/",
        children: "Online prototype learning"
      }), " also builds continual learning around class prototypes and contrastive losses, but in a single-pass stream with a replay buffer, and uses prototypes to detect confusion rather than to anchor old classes. ", createVNode(_components.a, {
        href: "/papers/stability-gap/",
        children: "The stability-gap paper"
      }), " measures what happens to old-task accuracy in the steps right after a task switch, the window in which a distillation term like Eq. (2) has to do its work. And ", createVNode(_components.a, {
        href: "/papers/dual-head-distillation/",
        children: "dual-head knowledge distillation"
      }), " is a reminder that what one chooses to distil matters: there, logits; here, a relation between prototypes and samples."]
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

const url = "content/papers/prototype-sample-relation-distillation.mdx/";
const file = "/work/main/content/papers/prototype-sample-relation-distillation.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/prototype-sample-relation-distillation.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
