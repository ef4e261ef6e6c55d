import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Iterative Nash Policy Optimization: Aligning LLMs with General Preferences via No-Regret Learning",
  "arxiv": "2407.00617",
  "authors": ["Yuheng Zhang", "Dian Yu", "Baolin Peng", "Linfeng Song", "Ye Tian", "Mingyue Huo", "Nan Jiang", "Haitao Mi", "Dong Yu"],
  "year": 2024,
  "venue": "ICLR 2025",
  "topics": ["preference-alignment", "online-learning-regret"],
  "summary": "INPO lets a language model play a KL-regularised preference game against itself with online mirror descent, using a squared pairwise loss so no per-response win rates need estimating.",
  "related": ["nash-learning-human-feedback", "nash-mirror-prox", "direct-nash-optimization", "robust-dpo"]
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
      children: "If human preferences are not captured by a single reward, the natural target for alignment is the policy that no other policy beats: the Nash policy of a preference game. Game theory knows how to approach such equilibria by self-play with no-regret learners. The difficulty is that the textbook update needs the win rate of every candidate response, which for a language model would take many extra samples and judge calls per response. INPO removes that requirement."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["Take a preference oracle ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "12.461ex",
          height: "2.283ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -759 5507.6 1009",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{P}(y \\succ y' \\mid x)",
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
              id: "MJX-1-TEX-N-2223",
              d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
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
                transform: "translate(3990.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "2223",
                  "xlink:href": "#MJX-1-TEX-N-2223"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(4546.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-1-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(5118.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-1-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ", a human or a trained preference model, that need not come from any reward. As in ", createVNode(_components.a, {
        href: "/papers/nash-learning-human-feedback/",
        children: "Nash learning from human feedback"
      }), ", the alignment target is the equilibrium of a two-player game in which each player’s payoff is the probability that its response is preferred, minus a KL penalty towards a reference policy ", createVNode(_component0, {
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
              id: "MJX-2-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-66",
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
                    "xlink:href": "#MJX-2-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-2-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-2-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-2-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), " with weight ", createVNode(_component0, {
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
              id: "MJX-3-TEX-I-1D70F",
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
                  "xlink:href": "#MJX-3-TEX-I-1D70F"
                })
              })
            })
          })]
        })
      }), "."]
    }), "\n", createVNode(_components.p, {
      children: "A standard way to reach such an equilibrium is to let the policy play against itself with online mirror descent (OMD), a no-regret algorithm. With the KL term, the OMD step has a closed form:"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "66.632ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-0.83ex",
          minWidth: "66.632ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "2.791ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\pi_{t+1}(y \\mid x) \\propto \\pi_t(y \\mid x)^{1-\\eta\\tau}\\,\\pi_{\\text{ref}}(y \\mid x)^{\\eta\\tau}\\,\\exp\\!\\big(\\eta\\,\\mathcal{P}(y \\succ \\pi_t \\mid x)\\big) \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-221D",
            d: "M56 124T56 216T107 375T238 442Q260 442 280 438T319 425T352 407T382 385T406 361T427 336T442 315T455 297T462 285L469 297Q555 442 679 442Q687 442 722 437V398H718Q710 400 694 400Q657 400 623 383T567 343T527 294T503 253T495 235Q495 231 520 192T554 143Q625 44 696 44Q717 44 719 46H722V-5Q695 -11 678 -11Q552 -11 457 141Q455 145 454 146L447 134Q362 -11 235 -11Q157 -11 107 56ZM93 213Q93 143 126 87T220 31Q258 31 292 48T349 88T389 137T413 178T421 196Q421 200 396 239T362 288Q322 345 288 366T213 387Q163 387 128 337T93 213Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D702",
            d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-1D70F",
            d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-72",
            d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-66",
            d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-70",
            d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-C-50",
            d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-227B",
            d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -866.7)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 866.7) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "12647.7 -866.7 1 1233.4",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-17.2)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-4-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-4-TEX-I-1D461"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(361,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2B",
                                "xlink:href": "#MJX-4-TEX-N-2B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1139,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-4-TEX-N-31"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1811.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2200.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-4-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2968.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-4-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3524.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-4-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4096.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4763.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "221D",
                            "xlink:href": "#MJX-4-TEX-N-221D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(5819.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-4-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(603,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-4-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6727.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7116.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-4-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7884.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-4-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8439.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-4-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(9011.9,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-4-TEX-N-29"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(422,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-4-TEX-N-31"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(500,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-4-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1278,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D702",
                                "xlink:href": "#MJX-4-TEX-I-1D702"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1775,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-4-TEX-I-1D70F"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(11104.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(11271.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-4-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(603,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "72",
                                "xlink:href": "#MJX-4-TEX-N-72"
                              }), createVNode(_components.use, {
                                "data-c": "65",
                                "xlink:href": "#MJX-4-TEX-N-65",
                                transform: "translate(392,0)"
                              }), createVNode(_components.use, {
                                "data-c": "66",
                                "xlink:href": "#MJX-4-TEX-N-66",
                                transform: "translate(836,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12732.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(13121.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-4-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13888.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-4-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14444.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-4-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(15016.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-4-TEX-N-29"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(422,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D702",
                                "xlink:href": "#MJX-4-TEX-I-1D702"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(497,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-4-TEX-I-1D70F"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(16205.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(16539.3,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "65",
                            "xlink:href": "#MJX-4-TEX-N-65"
                          }), createVNode(_components.use, {
                            "data-c": "78",
                            "xlink:href": "#MJX-4-TEX-N-78",
                            transform: "translate(444,0)"
                          }), createVNode(_components.use, {
                            "data-c": "70",
                            "xlink:href": "#MJX-4-TEX-N-70",
                            transform: "translate(972,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(18067.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(18067,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-4-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(18525,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D702",
                            "xlink:href": "#MJX-4-TEX-I-1D702"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(19022,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(19189,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "50",
                              "xlink:href": "#MJX-4-TEX-C-50"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19922,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(20311,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-4-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21078.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "227B",
                            "xlink:href": "#MJX-4-TEX-N-227B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(22134.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-4-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(603,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-4-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(23320.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-4-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(23876.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-4-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24448.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(24837.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-4-TEX-SO-29"
                            })
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -866.7 1 1233.4",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,732.8)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-4-TEX-N-31",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29",
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
              id: "MJX-5-TEX-I-1D702",
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
                  "xlink:href": "#MJX-5-TEX-I-1D702"
                })
              })
            })
          })]
        })
      }), " is the step size and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "12.779ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 5648.4 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{P}(y \\succ \\pi_t \\mid x)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-6-TEX-C-50",
              d: "M37 475Q19 475 19 487Q19 536 103 604T327 682Q329 682 344 682T380 682T421 683H463Q625 683 695 615Q718 591 726 564Q733 547 733 525Q733 412 607 312T321 205H312Q293 205 293 217Q293 224 302 236T333 260T385 274Q558 287 614 407Q633 445 633 477Q633 515 612 543T556 585T481 607T399 614H370L368 603Q352 463 312 312T242 82T202 -13Q190 -33 164 -45T121 -57Q108 -57 108 -45Q108 -40 120 -10T151 73T192 190T233 349T266 539Q267 546 269 565T272 598T274 613H270Q209 613 163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-227B",
              d: "M84 517Q84 539 102 539Q115 539 119 529T125 503T137 459T171 404Q277 275 640 269H661Q694 269 694 249T661 229H640Q526 227 439 214T283 173T173 98T124 -17Q118 -41 103 -41Q83 -41 83 -17Q88 29 105 67T151 132T208 178T277 212T342 233T404 249Q401 250 380 254T345 263T302 276T245 299Q125 358 92 468Q84 502 84 517Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-2223",
              d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
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
                  "data-c": "1D466",
                  "xlink:href": "#MJX-6-TEX-I-1D466"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1889.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "227B",
                  "xlink:href": "#MJX-6-TEX-N-227B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(2945.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70B",
                    "xlink:href": "#MJX-6-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-6-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(4131.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2223",
                  "xlink:href": "#MJX-6-TEX-N-2223"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(4687.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-6-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(5259.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-6-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the expected win rate of response ", createVNode(_component0, {
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
              id: "MJX-7-TEX-I-1D466",
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
                  "xlink:href": "#MJX-7-TEX-I-1D466"
                })
              })
            })
          })]
        })
      }), " against a fresh response from the current policy. Computing that win rate for each sampled ", createVNode(_component0, {
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
              id: "MJX-8-TEX-I-1D466",
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
                  "xlink:href": "#MJX-8-TEX-I-1D466"
                })
              })
            })
          })]
        })
      }), " is exactly the expensive part."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["The authors show that the target policy of Eq. (1) can be reached without ever estimating a win rate. Take the log of Eq. (1) and compare two responses ", createVNode(_component0, {
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
              id: "MJX-9-TEX-I-1D466",
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
                  "xlink:href": "#MJX-9-TEX-I-1D466"
                })
              })
            })
          })]
        })
      }), " and ", createVNode(_component0, {
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
              id: "MJX-10-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-V-2032",
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
                    "xlink:href": "#MJX-10-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(523,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2032",
                    "xlink:href": "#MJX-10-TEX-V-2032"
                  })
                })]
              })
            })
          })]
        })
      }), ": the normalising constant cancels, and what remains relates the log-ratio of the new policy to log-ratios of ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.055ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 908.3 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_t",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                    "data-c": "1D461",
                    "xlink:href": "#MJX-11-TEX-I-1D461"
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
              id: "MJX-12-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-66",
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
                    "xlink:href": "#MJX-12-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-12-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-12-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-12-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), " plus the difference of two win rates. Define"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "78.396ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.172ex",
          minWidth: "78.396ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.475ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "h_t(\\pi, y, y') = \\log\\frac{\\pi(y \\mid x)}{\\pi(y' \\mid x)} - \\eta\\tau\\log\\frac{\\pi_{\\text{ref}}(y \\mid x)}{\\pi_{\\text{ref}}(y' \\mid x)} - (1-\\eta\\tau)\\log\\frac{\\pi_t(y \\mid x)}{\\pi_t(y' \\mid x)} \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-13-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-V-2032",
            d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D702",
            d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-I-1D70F",
            d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-72",
            d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-66",
            d: "M273 0Q255 3 146 3Q43 3 34 0H26V46H42Q70 46 91 49Q99 52 103 60Q104 62 104 224V385H33V431H104V497L105 564L107 574Q126 639 171 668T266 704Q267 704 275 704T289 705Q330 702 351 679T372 627Q372 604 358 590T321 576T284 590T270 627Q270 647 288 667H284Q280 668 273 668Q245 668 223 647T189 592Q183 572 182 497V431H293V385H185V225Q185 63 186 61T189 57T194 54T199 51T206 49T213 48T222 47T231 47T241 46T251 46H282V0H273Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-13-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
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
                  viewBox: "15247.5 -1460 1 2420",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "210E",
                              "xlink:href": "#MJX-13-TEX-I-210E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-13-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(914.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1303.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-13-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1873.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-13-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2317.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-13-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2807.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-13-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(3252.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-13-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(523,413) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "2032",
                              "xlink:href": "#MJX-13-TEX-V-2032"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4020.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4686.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-13-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(5742.6,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-13-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-13-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-13-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7020.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-13-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(7187.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(358.7,710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D70B",
                                "xlink:href": "#MJX-13-TEX-I-1D70B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(570,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(959,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-13-TEX-I-1D466"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1726.8,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2282.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2854.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D70B",
                                "xlink:href": "#MJX-13-TEX-I-1D70B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(570,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(959,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-13-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-13-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2004.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2560,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3132,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "3721",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11370.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-13-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(12370.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D702",
                            "xlink:href": "#MJX-13-TEX-I-1D702"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(12867.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70F",
                            "xlink:href": "#MJX-13-TEX-I-1D70F"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(13551.4,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-13-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-13-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-13-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14829.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-13-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(14996.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(358.7,710)",
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
                              transform: "translate(1460.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1849.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-13-TEX-I-1D466"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2617.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3173.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3745.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
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
                              transform: "translate(1460.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(1849.5,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-13-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-13-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2894.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3450.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4022.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "4611.5",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20069.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-13-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21070,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-13-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mn",
                          transform: "translate(21459,0)",
                          children: createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-13-TEX-N-31"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22181.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-13-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(23181.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D702",
                            "xlink:href": "#MJX-13-TEX-I-1D702"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(23678.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70F",
                            "xlink:href": "#MJX-13-TEX-I-1D70F"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24195.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-13-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(24751.1,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-13-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-13-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-13-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(26029.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-13-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(26195.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(358.7,710)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msub",
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
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-13-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(908.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1297.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-13-TEX-I-1D466"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2065,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2620.8,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3192.8,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
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
                                  "xlink:href": "#MJX-13-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(603,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-13-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(908.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-13-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(1297.3,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-13-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-13-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2342.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-13-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2898.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-13-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3470.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-13-TEX-N-29"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "4059.3",
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
                      id: "mjx-eqn:2",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtext",
                        children: [createVNode(_components.use, {
                          "data-c": "28",
                          "xlink:href": "#MJX-13-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "32",
                          "xlink:href": "#MJX-13-TEX-N-32",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-13-TEX-N-29",
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
      children: "and minimise a squared loss over preference pairs collected from the current policy:"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "53.461ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.469ex",
          minWidth: "53.461ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "4.07ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "L_t(\\pi) = \\mathbb{E}_{x,\\; y, y' \\sim \\pi_t,\\; (y_w, y_l)}\\Big[\\big(h_t(\\pi, y_w, y_l) - \\tfrac{\\eta}{2}\\big)^2\\Big] \\tag{3}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D43F",
            d: "M228 637Q194 637 192 641Q191 643 191 649Q191 673 202 682Q204 683 217 683Q271 680 344 680Q485 680 506 683H518Q524 677 524 674T522 656Q517 641 513 637H475Q406 636 394 628Q387 624 380 600T313 336Q297 271 279 198T252 88L243 52Q243 48 252 48T311 46H328Q360 46 379 47T428 54T478 72T522 106T564 161Q580 191 594 228T611 270Q616 273 628 273H641Q647 264 647 262T627 203T583 83T557 9Q555 4 553 3T537 0T494 -1Q483 -1 418 -1T294 0H116Q32 0 32 10Q32 17 34 24Q39 43 44 45Q48 46 59 46H65Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Q285 635 228 637Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-D-1D53C",
            d: "M12 666Q12 675 24 683H582Q590 680 593 672V588Q593 514 591 502T575 490Q567 490 563 495T555 517Q552 556 517 590Q486 623 445 634T340 648H282Q266 636 264 620T260 492V370H277Q329 375 358 391T404 439Q420 480 420 506Q420 529 436 529Q445 529 451 521Q455 517 455 361Q455 333 455 298T456 253Q456 217 453 207T437 197Q420 196 420 217Q420 240 406 270Q377 328 284 335H260V201Q261 174 261 134Q262 73 264 61T278 38Q281 36 282 35H331Q400 35 449 50Q571 93 602 179Q605 203 622 203Q629 203 634 197T640 183Q638 181 624 95T604 3L600 -1H24Q12 5 12 16Q12 35 51 35Q92 38 97 52Q102 60 102 341T97 632Q91 645 51 648Q12 648 12 666ZM137 341Q137 131 136 89T130 37Q129 36 129 35H235Q233 41 231 48L226 61V623L231 635L235 648H129Q132 641 133 638T135 603T137 517T137 341ZM557 603V648H504Q504 646 515 639Q527 634 542 619L557 603ZM420 317V397L406 383Q394 370 380 363L366 355Q373 350 382 346Q400 333 409 328L420 317ZM582 61L586 88Q585 88 582 83Q557 61 526 46L511 37L542 35H577Q577 36 578 39T580 49T582 61Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-V-2032",
            d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-223C",
            d: "M55 166Q55 241 101 304T222 367Q260 367 296 349T362 304T421 252T484 208T554 189Q616 189 655 236T694 338Q694 350 698 358T708 367Q722 367 722 334Q722 260 677 197T562 134H554Q517 134 481 152T414 196T355 248T292 293T223 311Q179 311 145 286Q109 257 96 218T80 156T69 133Q55 133 55 166Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D464",
            d: "M580 385Q580 406 599 424T641 443Q659 443 674 425T690 368Q690 339 671 253Q656 197 644 161T609 80T554 12T482 -11Q438 -11 404 5T355 48Q354 47 352 44Q311 -11 252 -11Q226 -11 202 -5T155 14T118 53T104 116Q104 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Q21 293 29 315T52 366T96 418T161 441Q204 441 227 416T250 358Q250 340 217 250T184 111Q184 65 205 46T258 26Q301 26 334 87L339 96V119Q339 122 339 128T340 136T341 143T342 152T345 165T348 182T354 206T362 238T373 281Q402 395 406 404Q419 431 449 431Q468 431 475 421T483 402Q483 389 454 274T422 142Q420 131 420 107V100Q420 85 423 71T442 42T487 26Q558 26 600 148Q609 171 620 213T632 273Q632 306 619 325T593 357T580 385Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D459",
            d: "M117 59Q117 26 142 26Q179 26 205 131Q211 151 215 152Q217 153 225 153H229Q238 153 241 153T246 151T248 144Q247 138 245 128T234 90T214 43T183 6T137 -11Q101 -11 70 11T38 85Q38 97 39 102L104 360Q167 615 167 623Q167 626 166 628T162 632T157 634T149 635T141 636T132 637T122 637Q112 637 109 637T101 638T95 641T94 647Q94 649 96 661Q101 680 107 682T179 688Q194 689 213 690T243 693T254 694Q266 694 266 686Q266 675 193 386T118 83Q118 81 118 75T117 65V59Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-LO-5B",
            d: "M224 -649V1150H455V1099H275V-598H455V-649H224Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-I-1D702",
            d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-LO-5D",
            d: "M16 1099V1150H247V-649H16V-598H196V1099H16Z"
          }), createVNode(_components.path, {
            id: "MJX-14-TEX-N-33",
            d: "M127 463Q100 463 85 480T69 524Q69 579 117 622T233 665Q268 665 277 664Q351 652 390 611T430 522Q430 470 396 421T302 350L299 348Q299 347 308 345T337 336T375 315Q457 262 457 175Q457 96 395 37T238 -22Q158 -22 100 21T42 130Q42 158 60 175T105 193Q133 193 151 175T169 130Q169 119 166 110T159 94T148 82T136 74T126 70T118 67L114 66Q165 21 238 21Q293 21 321 74Q338 107 338 175V195Q338 290 274 322Q259 328 213 329L171 330L168 332Q166 335 166 348Q166 366 174 366Q202 366 232 371Q266 376 294 413T322 525V533Q322 590 287 612Q265 626 240 626Q208 626 181 615T143 592T132 580H135Q138 579 143 578T153 573T165 566T175 555T183 540T186 520Q186 498 172 481T127 463Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1149.5)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1149.5) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "9736.9 -1149.5 1 1799",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D43F",
                              "xlink:href": "#MJX-14-TEX-I-1D43F"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(714,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-14-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1019.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1408.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-14-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1978.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2645,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-14-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(3700.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D53C",
                                "xlink:href": "#MJX-14-TEX-D-1D53C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(700,-176.7) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-14-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(572,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-14-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(850,0) scale(1.414)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1243.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-14-TEX-I-1D466"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1733.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-14-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(2011.2,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-14-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-14-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2778.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "223C",
                                "xlink:href": "#MJX-14-TEX-N-223C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(3556.6,0)",
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
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-14-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4464.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-14-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(4742.9,0) scale(1.414)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5136,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-14-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(5525,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-14-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D464",
                                  "xlink:href": "#MJX-14-TEX-I-1D464"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(6604.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-14-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(6882.3,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-14-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D459",
                                  "xlink:href": "#MJX-14-TEX-I-1D459"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(7666,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-14-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(10146.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-14-TEX-LO-5B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(10618.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-14-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(11076.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "210E",
                              "xlink:href": "#MJX-14-TEX-I-210E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-14-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11990.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-14-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(12379.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-14-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12949.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-14-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(13394.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-14-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D464",
                              "xlink:href": "#MJX-14-TEX-I-1D464"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14473.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-14-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(14918.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D466",
                              "xlink:href": "#MJX-14-TEX-I-1D466"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(523,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D459",
                              "xlink:href": "#MJX-14-TEX-I-1D459"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(15702.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-14-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16313.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-14-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(17313.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mfrac",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(221.1,492.7) scale(0.707)",
                              children: createVNode(_components.use, {
                                "data-c": "1D702",
                                "xlink:href": "#MJX-14-TEX-I-1D702"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(220,-345) scale(0.707)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-14-TEX-N-32"
                              })
                            }), createVNode(_components.rect, {
                              width: "553.6",
                              height: "60",
                              x: "120",
                              y: "220"
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(18107.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(0 -0.5)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-14-TEX-SO-29"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mn",
                            transform: "translate(491,576.6) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "32",
                              "xlink:href": "#MJX-14-TEX-N-32"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(19001.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-14-TEX-LO-5D"
                            })
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1149.5 1 1799",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:3",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtext",
                        children: [createVNode(_components.use, {
                          "data-c": "28",
                          "xlink:href": "#MJX-14-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "33",
                          "xlink:href": "#MJX-14-TEX-N-33",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-14-TEX-N-29",
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
      children: ["In Eq. (3), two responses are drawn from ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.055ex",
          height: "1.332ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -431 908.3 588.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\pi_t",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                    "xlink:href": "#MJX-15-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(603,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-15-TEX-I-1D461"
                  })
                })]
              })
            })
          })]
        })
      }), ", the oracle labels one the winner ", createVNode(_component0, {
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
              id: "MJX-16-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D464",
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
                    "xlink:href": "#MJX-16-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D464",
                    "xlink:href": "#MJX-16-TEX-I-1D464"
                  })
                })]
              })
            })
          })]
        })
      }), " and the other the loser ", createVNode(_component0, {
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
              id: "MJX-17-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D459",
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
                    "xlink:href": "#MJX-17-TEX-I-1D466"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D459",
                    "xlink:href": "#MJX-17-TEX-I-1D459"
                  })
                })]
              })
            })
          })]
        })
      }), ", and the loss pushes the regularised log-ratio of Eq. (2) towards the constant ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.387ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 1497 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\eta/2",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-18-TEX-I-1D702",
              d: "M21 287Q22 290 23 295T28 317T38 348T53 381T73 411T99 433T132 442Q156 442 175 435T205 417T221 395T229 376L231 369Q231 367 232 367L243 378Q304 442 382 442Q436 442 469 415T503 336V326Q503 302 439 53Q381 -182 377 -189Q364 -216 332 -216Q319 -216 310 -208T299 -186Q299 -177 358 57L420 307Q423 322 423 345Q423 404 379 404H374Q288 404 229 303L222 291L189 157Q156 26 151 16Q138 -11 108 -11Q95 -11 87 -5T76 7T74 17Q74 30 114 189T154 366Q154 405 128 405Q107 405 92 377T68 316T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-18-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-18-TEX-N-32",
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
                  "data-c": "1D702",
                  "xlink:href": "#MJX-18-TEX-I-1D702"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(497,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-18-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(997,0)",
                children: createVNode(_components.use, {
                  "data-c": "32",
                  "xlink:href": "#MJX-18-TEX-N-32"
                })
              })]
            })
          })]
        })
      }), ". The authors prove that the minimiser of this population loss is the OMD update of Eq. (1). Intuitively, averaging over which response wins turns the constant target into the difference of win rates, so a single binary label per pair carries the information that Eq. (1) needed. The squared form echoes IPO, and in practice each iteration amounts to sampling pairs from the current model, labelling them, and minimising Eq. (3)."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "On the theory side, the authors prove that this self-play OMD procedure has sublinear regret and that it approximates the KL-regularised Nash policy, with a last-iterate convergence guarantee in addition to the usual average-iterate one. Their analysis assumes the loss of Eq. (3) is minimised exactly at each round; finite-sample error is left open."
    }), "\n", createVNode(_components.p, {
      children: ["Empirically, they start from a LLaMA-3-8B supervised model and run several rounds of INPO with a preference model as the oracle. The arXiv abstract reports a 41.5% length-controlled win rate on AlpacaEval 2.0 and a 38.3% win rate on Arena-Hard, which the authors describe as a substantial improvement over the iterative Bradley–Terry-based method of Dong et al. (2024); the ICLR version of the abstract gives slightly different figures from a later revision. An ablation suggests that the KL term towards ", createVNode(_component0, {
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
              id: "MJX-19-TEX-I-1D70B",
              d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-N-72",
              d: "M36 46H50Q89 46 97 60V68Q97 77 97 91T98 122T98 161T98 203Q98 234 98 269T98 328L97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 60 434T96 436Q112 437 131 438T160 441T171 442H174V373Q213 441 271 441H277Q322 441 343 419T364 373Q364 352 351 337T313 322Q288 322 276 338T263 372Q263 381 265 388T270 400T273 405Q271 407 250 401Q234 393 226 386Q179 341 179 207V154Q179 141 179 127T179 101T180 81T180 66V61Q181 59 183 57T188 54T193 51T200 49T207 48T216 47T225 47T235 46T245 46H276V0H267Q249 3 140 3Q37 3 28 0H20V46H36Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-N-66",
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
                    "xlink:href": "#MJX-19-TEX-I-1D70B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(603,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mtext",
                    children: [createVNode(_components.use, {
                      "data-c": "72",
                      "xlink:href": "#MJX-19-TEX-N-72"
                    }), createVNode(_components.use, {
                      "data-c": "65",
                      "xlink:href": "#MJX-19-TEX-N-65",
                      transform: "translate(392,0)"
                    }), createVNode(_components.use, {
                      "data-c": "66",
                      "xlink:href": "#MJX-19-TEX-N-66",
                      transform: "translate(836,0)"
                    })]
                  })
                })]
              })
            })
          })]
        })
      }), " helps keep response length under control."]
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["INPO is one of several algorithms for the game defined in ", createVNode(_components.a, {
        href: "/papers/nash-learning-human-feedback/",
        children: "the Nash learning paper"
      }), "; Nash-MD there uses a geometric mixture with the reference policy as the opponent, whereas INPO plays against the current policy and moves the win-rate computation into a loss. ", createVNode(_components.a, {
        href: "/papers/nash-mirror-prox/",
        children: "Nash Mirror Prox"
      }), " targets the same regularised equilibrium with an extragradient scheme and a faster proven rate. ", createVNode(_components.a, {
        href: "/papers/direct-nash-optimization/",
        children: "Direct Nash Optimization"
      }), " is a close cousin that also turns a soft policy-iteration step into a pairwise regression on self-generated data. The pairwise loss itself belongs to the DPO family discussed on the ", createVNode(_components.a, {
        href: "/papers/robust-dpo/",
        children: "robust DPO"
      }), " page."]
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

const url = "content/papers/iterative-nash-policy-optimization.mdx/";
const file = "/work/main/content/papers/iterative-nash-policy-optimization.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/iterative-nash-policy-optimization.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
