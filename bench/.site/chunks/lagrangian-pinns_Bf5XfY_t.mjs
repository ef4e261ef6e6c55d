import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Lagrangian PINNs: A causality-conforming solution to failure modes of physics-informed neural networks",
  "arxiv": "2205.02902",
  "authors": ["Rambod Mojgani", "Maciej Balajewicz", "Pedram Hassanzadeh"],
  "year": 2022,
  "venue": "Computer Methods in Applied Mechanics and Engineering (journal)",
  "code": "https://github.com/rmojgani/LPINNs",
  "topics": ["scientific-ml"],
  "summary": "Ties PINN failures on transport problems to their slowly decaying Kolmogorov n-width and fixes them by solving along characteristics with a two-branch network.",
  "related": ["deep-conjugate-direction", "opposing-signals-outliers"]
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
      children: "Physics-informed neural networks (PINNs) fit a network to a PDE by penalising the equation’s residual at sample points. They work well on smooth, diffusive problems and fail, often silently, on problems where something moves: a travelling wave, a convected pulse, a shock. This paper explains that failure in terms of approximation theory and proposes a change of reference frame that removes much of it."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["A standard PINN represents the solution ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "6.171ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2727.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "u(x,t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D462",
              d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D462",
                  "xlink:href": "#MJX-1-TEX-I-1D462"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(572,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-1-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(961,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-1-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1533,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-1-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1977.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-1-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2338.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-1-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " of a PDE on a fixed grid of space and time, the Eulerian frame, and trains on the residual plus initial and boundary conditions. For the convection-diffusion equation"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "30.564ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.982ex",
          minWidth: "30.564ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.095ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\frac{\\partial u}{\\partial t} + c\\,\\frac{\\partial u}{\\partial x} = \\nu\\, \\frac{\\partial^2 u}{\\partial x^2}, \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D715",
            d: "M202 508Q179 508 169 520T158 547Q158 557 164 577T185 624T230 675T301 710L333 715H345Q378 715 384 714Q447 703 489 661T549 568T566 457Q566 362 519 240T402 53Q321 -22 223 -22Q123 -22 73 56Q42 102 42 148V159Q42 276 129 370T322 465Q383 465 414 434T455 367L458 378Q478 461 478 515Q478 603 437 639T344 676Q266 676 223 612Q264 606 264 572Q264 547 246 528T202 508ZM430 306Q430 372 401 400T333 428Q270 428 222 382Q197 354 183 323T150 221Q132 149 132 116Q132 21 232 21Q244 21 250 22Q327 35 374 112Q389 137 409 196T430 306Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D462",
            d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D708",
            d: "M74 431Q75 431 146 436T219 442Q231 442 231 434Q231 428 185 241L137 51H140L150 55Q161 59 177 67T214 86T261 119T312 165Q410 264 445 394Q458 442 496 442Q509 442 519 434T530 411Q530 390 516 352T469 262T388 162T267 70T106 5Q81 -2 71 -2Q66 -2 59 -1T51 1Q45 5 45 11Q45 13 88 188L132 364Q133 377 125 380T86 385H65Q59 391 59 393T61 412Q65 431 74 431Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1375.9)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1375.9) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "4676.7 -1375.9 1 2251.9",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-134)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-2-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(566,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D462",
                                "xlink:href": "#MJX-2-TEX-I-1D462"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(325.5,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-2-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(566,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-2-TEX-I-1D461"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "1338",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1800.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-2-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2800.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D450",
                            "xlink:href": "#MJX-2-TEX-I-1D450"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(3233.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(3400.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-2-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(566,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D462",
                                "xlink:href": "#MJX-2-TEX-I-1D462"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-2-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(566,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-2-TEX-I-1D465"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "1338",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5256.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-2-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(6312,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D708",
                            "xlink:href": "#MJX-2-TEX-I-1D708"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(6842,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(7009,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msup",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D715",
                                  "xlink:href": "#MJX-2-TEX-I-1D715"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(650.8,363) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-2-TEX-N-32"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1054.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D462",
                                "xlink:href": "#MJX-2-TEX-I-1D462"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(245.9,-719.9)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-2-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(566,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D465",
                                  "xlink:href": "#MJX-2-TEX-I-1D465"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(605,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-2-TEX-N-32"
                                })
                              })]
                            })]
                          }), createVNode(_components.rect, {
                            width: "1826.3",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9075.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-2-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1375.9 1 2251.9",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,616)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-2-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-2-TEX-N-31",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-2-TEX-N-29",
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
      children: ["with advection speed ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.98ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 433 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "c",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
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
                  "data-c": "1D450",
                  "xlink:href": "#MJX-3-TEX-I-1D450"
                })
              })
            })
          })]
        })
      }), " (or ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.186ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.291ex",
          height: "1.505ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -583 2338.6 665",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "c = u",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-3D",
              d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D462",
              d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D450",
                  "xlink:href": "#MJX-4-TEX-I-1D450"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(710.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3D",
                  "xlink:href": "#MJX-4-TEX-N-3D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1766.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D462",
                  "xlink:href": "#MJX-4-TEX-I-1D462"
                })
              })]
            })
          })]
        })
      }), " for viscous Burgers) and viscosity ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.199ex",
          height: "1ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 530 442",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\nu",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D708",
              d: "M74 431Q75 431 146 436T219 442Q231 442 231 434Q231 428 185 241L137 51H140L150 55Q161 59 177 67T214 86T261 119T312 165Q410 264 445 394Q458 442 496 442Q509 442 519 434T530 411Q530 390 516 352T469 262T388 162T267 70T106 5Q81 -2 71 -2Q66 -2 59 -1T51 1Q45 5 45 11Q45 13 88 188L132 364Q133 377 125 380T86 385H65Q59 391 59 393T61 412Q65 431 74 431Z"
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
                  "data-c": "1D708",
                  "xlink:href": "#MJX-5-TEX-I-1D708"
                })
              })
            })
          })]
        })
      }), ", training gets harder as ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.98ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 433 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "c",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D450",
              d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
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
                  "data-c": "1D450",
                  "xlink:href": "#MJX-6-TEX-I-1D450"
                })
              })
            })
          })]
        })
      }), " grows. A common explanation blames the soft constraints: boundary and initial conditions enter the loss as penalties that compete with the residual. The authors show that the difficulty persists even when boundary conditions are enforced exactly, so the soft constraints cannot be the whole story."]
    }), "\n", createVNode(_components.p, {
      children: ["Their diagnosis is the Kolmogorov ", createVNode(_component0, {
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
              id: "MJX-7-TEX-I-1D45B",
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
                  "xlink:href": "#MJX-7-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), "-width: the best error achievable by any ", createVNode(_component0, {
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
              id: "MJX-8-TEX-I-1D45B",
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
                  "xlink:href": "#MJX-8-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), "-dimensional linear subspace in approximating the whole family of solution snapshots. For diffusion-dominated problems it decays fast. For transport, a feature sliding across the domain needs many basis functions to represent at all positions, so the ", createVNode(_component0, {
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
              id: "MJX-9-TEX-I-1D45B",
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
                  "xlink:href": "#MJX-9-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), "-width decays slowly. The authors relate PINN training difficulty to this slow decay, and use the same lens to explain why workarounds such as domain decomposition (XPINN), curriculum regularisation and sequence-to-sequence training help: each cuts the problem into pieces whose solutions move less."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["If the difficulty comes from motion, move with it. Along a characteristic curve ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "4.505ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 1991 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "X(t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D44B",
              d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D44B",
                  "xlink:href": "#MJX-10-TEX-I-1D44B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(852,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-10-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1241,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-10-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1602,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-10-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " that starts at ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.375ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.282ex",
          height: "1.375ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 1008.6 607.6",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "x_0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-N-30",
              d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
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
                    "data-c": "1D465",
                    "xlink:href": "#MJX-11-TEX-I-1D465"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(605,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "30",
                    "xlink:href": "#MJX-11-TEX-N-30"
                  })
                })]
              })
            })
          })]
        })
      }), " and travels with the flow, Eq. (1) becomes"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "48.966ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.018ex",
          minWidth: "48.966ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "5.166ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\frac{dX}{dt} = c, \\qquad \\frac{d u}{d t}\\Big|_{x = X(t)} = \\nu\\, \\frac{\\partial^2 u}{\\partial x^2}\\Big|_{x = X(t)} . \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D451",
            d: "M366 683Q367 683 438 688T511 694Q523 694 523 686Q523 679 450 384T375 83T374 68Q374 26 402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487H491Q506 153 506 145Q506 140 503 129Q490 79 473 48T445 8T417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157Q33 205 53 255T101 341Q148 398 195 420T280 442Q336 442 364 400Q369 394 369 396Q370 400 396 505T424 616Q424 629 417 632T378 637H357Q351 643 351 645T353 664Q358 683 366 683ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D44B",
            d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D462",
            d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-S4-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D708",
            d: "M74 431Q75 431 146 436T219 442Q231 442 231 434Q231 428 185 241L137 51H140L150 55Q161 59 177 67T214 86T261 119T312 165Q410 264 445 394Q458 442 496 442Q509 442 519 434T530 411Q530 390 516 352T469 262T388 162T267 70T106 5Q81 -2 71 -2Q66 -2 59 -1T51 1Q45 5 45 11Q45 13 88 188L132 364Q133 377 125 380T86 385H65Q59 391 59 393T61 412Q65 431 74 431Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D715",
            d: "M202 508Q179 508 169 520T158 547Q158 557 164 577T185 624T230 675T301 710L333 715H345Q378 715 384 714Q447 703 489 661T549 568T566 457Q566 362 519 240T402 53Q321 -22 223 -22Q123 -22 73 56Q42 102 42 148V159Q42 276 129 370T322 465Q383 465 414 434T455 367L458 378Q478 461 478 515Q478 603 437 639T344 676Q266 676 223 612Q264 606 264 572Q264 547 246 528T202 508ZM430 306Q430 372 401 400T333 428Q270 428 222 382Q197 354 183 323T150 221Q132 149 132 116Q132 21 232 21Q244 21 250 22Q327 35 374 112Q389 137 409 196T430 306Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2E",
            d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1391.8)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1391.8) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "8743.5 -1391.8 1 2283.6",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-118.2)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(520,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D44B",
                                "xlink:href": "#MJX-12-TEX-I-1D44B"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(465.5,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(520,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-12-TEX-I-1D461"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "1572",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2089.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-12-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3145.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D450",
                            "xlink:href": "#MJX-12-TEX-I-1D450"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3578.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-12-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(3856.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(6023.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(520,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D462",
                                "xlink:href": "#MJX-12-TEX-I-1D462"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(325.5,-686)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(520,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-12-TEX-I-1D461"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "1292",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(7555.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.svg, {
                                width: "278",
                                height: "1623",
                                y: "-561.5",
                                x: "27.5",
                                viewBox: "0 -201 278 1623",
                                children: createVNode(_components.use, {
                                  "data-c": "2223",
                                  "xlink:href": "#MJX-12-TEX-S4-2223",
                                  transform: "scale(1,2.437)"
                                })
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(366,-596.9) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-12-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(572,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-12-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1350,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D44B",
                                "xlink:href": "#MJX-12-TEX-I-1D44B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2202,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-12-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2591,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-12-TEX-I-1D461"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2952,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-12-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10611.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-12-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(11667.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D708",
                            "xlink:href": "#MJX-12-TEX-I-1D708"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(12197.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(12364.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,676)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msup",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D715",
                                  "xlink:href": "#MJX-12-TEX-I-1D715"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(650.8,363) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-12-TEX-N-32"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1054.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D462",
                                "xlink:href": "#MJX-12-TEX-I-1D462"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(245.9,-719.9)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D715",
                                "xlink:href": "#MJX-12-TEX-I-1D715"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(566,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D465",
                                  "xlink:href": "#MJX-12-TEX-I-1D465"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(605,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-12-TEX-N-32"
                                })
                              })]
                            })]
                          }), createVNode(_components.rect, {
                            width: "1826.3",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(14430.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.svg, {
                                width: "278",
                                height: "1623",
                                y: "-561.5",
                                x: "27.5",
                                viewBox: "0 -201 278 1623",
                                children: createVNode(_components.use, {
                                  "data-c": "2223",
                                  "xlink:href": "#MJX-12-TEX-S4-2223",
                                  transform: "scale(1,2.437)"
                                })
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(366,-596.9) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-12-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(572,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-12-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1350,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D44B",
                                "xlink:href": "#MJX-12-TEX-I-1D44B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2202,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-12-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2591,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-12-TEX-I-1D461"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2952,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-12-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17209,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2E",
                            "xlink:href": "#MJX-12-TEX-N-2E"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1391.8 1 2283.6",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,631.8)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-12-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-12-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-12-TEX-N-29",
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
      children: ["In this Lagrangian frame the transport term disappears from the equation for ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.294ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 572 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "u",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D462",
              d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D462",
                  "xlink:href": "#MJX-13-TEX-I-1D462"
                })
              })
            })
          })]
        })
      }), ", and what remains is diffusion along each trajectory, a problem with a fast-decaying ", createVNode(_component0, {
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
              id: "MJX-14-TEX-I-1D45B",
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
                  "xlink:href": "#MJX-14-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), "-width. The motion is carried entirely by the characteristic curves, which are low-dimensional."]
    }), "\n", createVNode(_components.p, {
      children: ["The Lagrangian PINN (LPINN) builds this into the architecture with two parallel branches, both taking ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.865ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2592.2 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(x_0, t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-15-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-30",
              d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-15-TEX-N-29",
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
                  "xlink:href": "#MJX-15-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(389,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D465",
                    "xlink:href": "#MJX-15-TEX-I-1D465"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(605,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "30",
                    "xlink:href": "#MJX-15-TEX-N-30"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1397.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-15-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1842.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-15-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2203.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-15-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " as input. One branch outputs the characteristic position ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.792ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3444.2 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "X(x_0, t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D44B",
              d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-30",
              d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D44B",
                  "xlink:href": "#MJX-16-TEX-I-1D44B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(852,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-16-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(1241,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D465",
                    "xlink:href": "#MJX-16-TEX-I-1D465"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(605,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "30",
                    "xlink:href": "#MJX-16-TEX-N-30"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2249.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-16-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2694.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-16-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3055.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-16-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), "; the other outputs the state ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.294ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 572 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "u",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D462",
              d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D462",
                  "xlink:href": "#MJX-17-TEX-I-1D462"
                })
              })
            })
          })]
        })
      }), " along that characteristic. The loss penalises the residuals of both parts of Eq. (2), computed with automatic differentiation, together with initial and boundary conditions. For Burgers’ equation the characteristic speed depends on the solution, so the two branches are coupled through that residual."]
    }), "\n", createVNode(_components.p, {
      children: "The authors describe this as causality-conforming: information in a convection problem travels along characteristics, and the network’s structure follows that direction of travel instead of asking a single Eulerian network to discover it."
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The paper reports that LPINNs solve convection-dominated and nonlinear convection-diffusion problems, including viscous Burgers, in regimes where standard PINNs fail. It also examines loss landscapes and reports that those of LPINNs are much less sensitive to the problem’s “complexity”, measured by the advection speed, than those of Eulerian PINNs."
    }), "\n", createVNode(_components.p, {
      children: ["The conceptual claims are as important as the method. Training failure is attributed to the approximation structure of transport problems rather than to soft constraints alone, and several published remedies are reinterpreted through the same ", createVNode(_component0, {
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
              id: "MJX-18-TEX-I-1D45B",
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
                  "xlink:href": "#MJX-18-TEX-I-1D45B"
                })
              })
            })
          })]
        })
      }), "-width argument. The method is stated for the class of PDEs governed by nonlinear convection-diffusion; the Lagrangian reformulation is not claimed to apply to arbitrary equations."]
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: [createVNode(_components.a, {
        href: "/papers/deep-conjugate-direction/",
        children: "The deep conjugate direction method"
      }), " is the site’s other scientific machine learning page and takes the opposite design stance: rather than replacing the numerical solver with a network, it puts a network inside a classical solver that keeps its convergence guarantees. Both papers, however, succeed by building the structure of the physics into the learning problem. The broader lesson that optimisation difficulty can come from the structure of the data rather than from the optimiser also runs through ", createVNode(_components.a, {
        href: "/papers/opposing-signals-outliers/",
        children: "the study of outliers with opposing signals"
      }), ", which traces training instabilities back to specific features of the inputs."]
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

const url = "content/papers/lagrangian-pinns.mdx/";
const file = "/work/main/content/papers/lagrangian-pinns.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/lagrangian-pinns.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
