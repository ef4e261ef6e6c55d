import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Compressing Features for Learning with Noisy Labels",
  "arxiv": "2206.13140",
  "authors": ["Yingyi Chen", "Shell Xu Hu", "Xi Shen", "Chunrong Ai", "Johan A.K. Suykens"],
  "year": 2022,
  "venue": "IEEE TNNLS 2022 (journal)",
  "code": "https://yingyichen-cyy.github.io/CompressFeatNoisyLabels/",
  "topics": ["learning-theory", "loss-functions"],
  "summary": "Compressing a network's features with Dropout or Nested Dropout curbs memorisation of wrong labels; a bias-variance and information-bottleneck analysis explains why, and Co-teaching adds more.",
  "related": ["label-distributionally-robust-losses", "robust-dpo", "discriminative-vs-generative"]
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
      children: "Deep networks are flexible enough to fit any labelling of their training data, including labels that are simply wrong. With noisy supervision this is a problem: the network first learns the broad patterns, then memorises the mistakes, and its test accuracy falls. This paper argues that the remedy can be an old one. If the features are forced to be compact, there is no room to store the noise."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: "Learning with noisy labels has produced many specialised methods: robust losses, label correction, sample selection. The authors start from a different view of supervised learning, as distilling the information in the input that is relevant to the label into a feature representation. When labels are corrupted, “relevant” information includes the corruption, and a high-capacity representation will happily encode it. What is needed is an inductive bias towards compression, so that the representation keeps the dominant, shared structure and drops idiosyncratic details that only serve to explain individual wrong labels."
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["The authors revisit two simple regularisers applied to the feature layer. Standard Dropout randomly zeroes each feature, which limits how much any single feature can be relied upon and acts as a compression constraint. Nested Dropout goes further and imposes an order: a cut-off index ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.971ex",
          height: "1.595ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 429 705",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "b",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D44F",
              d: "M73 647Q73 657 77 670T89 683Q90 683 161 688T234 694Q246 694 246 685T212 542Q204 508 195 472T180 418L176 399Q176 396 182 402Q231 442 283 442Q345 442 383 396T422 280Q422 169 343 79T173 -11Q123 -11 82 27T40 150V159Q40 180 48 217T97 414Q147 611 147 623T109 637Q104 637 101 637H96Q86 637 83 637T76 640T73 647ZM336 325V331Q336 405 275 405Q258 405 240 397T207 376T181 352T163 330L157 322L136 236Q114 150 114 114Q114 66 138 42Q154 26 178 26Q211 26 245 58Q270 81 285 114T318 219Q336 291 336 325Z"
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
                  "data-c": "1D44F",
                  "xlink:href": "#MJX-1-TEX-I-1D44F"
                })
              })
            })
          })]
        })
      }), " is drawn at random and every feature beyond it is removed,"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "36.692ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-0.901ex",
          minWidth: "36.692ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "2.933ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\tilde{h}_j = h_j\\,\\mathbb{1}[j \\le b], \\qquad b \\sim p_B \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-2-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-7E",
            d: "M179 251Q164 251 151 245T131 234T111 215L97 227L83 238Q83 239 95 253T121 283T142 304Q165 318 187 318T253 300T320 282Q335 282 348 288T368 299T388 318L402 306L416 295Q375 236 344 222Q330 215 313 215Q292 215 248 233T179 251Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D457",
            d: "M297 596Q297 627 318 644T361 661Q378 661 389 651T403 623Q403 595 384 576T340 557Q322 557 310 567T297 596ZM288 376Q288 405 262 405Q240 405 220 393T185 362T161 325T144 293L137 279Q135 278 121 278H107Q101 284 101 286T105 299Q126 348 164 391T252 441Q253 441 260 441T272 442Q296 441 316 432Q341 418 354 401T367 348V332L318 133Q267 -67 264 -75Q246 -125 194 -164T75 -204Q25 -204 7 -183T-12 -137Q-12 -110 7 -91T53 -71Q70 -71 82 -81T95 -112Q95 -148 63 -167Q69 -168 77 -168Q111 -168 139 -140T182 -74L193 -32Q204 11 219 72T251 197T278 308T289 365Q289 372 288 376Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-5B",
            d: "M118 -250V750H255V710H158V-210H255V-250H118Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-2264",
            d: "M674 636Q682 636 688 630T694 615T687 601Q686 600 417 472L151 346L399 228Q687 92 691 87Q694 81 694 76Q694 58 676 56H670L382 192Q92 329 90 331Q83 336 83 348Q84 359 96 365Q104 369 382 500T665 634Q669 636 674 636ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D44F",
            d: "M73 647Q73 657 77 670T89 683Q90 683 161 688T234 694Q246 694 246 685T212 542Q204 508 195 472T180 418L176 399Q176 396 182 402Q231 442 283 442Q345 442 383 396T422 280Q422 169 343 79T173 -11Q123 -11 82 27T40 150V159Q40 180 48 217T97 414Q147 611 147 623T109 637Q104 637 101 637H96Q86 637 83 637T76 640T73 647ZM336 325V331Q336 405 275 405Q258 405 240 397T207 376T181 352T163 330L157 322L136 236Q114 150 114 114Q114 66 138 42Q154 26 178 26Q211 26 245 58Q270 81 285 114T318 219Q336 291 336 325Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-5D",
            d: "M22 710V750H159V-250H22V-210H119V710H22Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-N-223C",
            d: "M55 166Q55 241 101 304T222 367Q260 367 296 349T362 304T421 252T484 208T554 189Q616 189 655 236T694 338Q694 350 698 358T708 367Q722 367 722 334Q722 260 677 197T562 134H554Q517 134 481 152T414 196T355 248T292 293T223 311Q179 311 145 286Q109 257 96 218T80 156T69 133Q55 133 55 166Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-2-TEX-I-1D435",
            d: "M231 637Q204 637 199 638T194 649Q194 676 205 682Q206 683 335 683Q594 683 608 681Q671 671 713 636T756 544Q756 480 698 429T565 360L555 357Q619 348 660 311T702 219Q702 146 630 78T453 1Q446 0 242 0Q42 0 39 2Q35 5 35 10Q35 17 37 24Q42 43 47 45Q51 46 62 46H68Q95 46 128 49Q142 52 147 61Q150 65 219 339T288 628Q288 635 231 637ZM649 544Q649 574 634 600T585 634Q578 636 493 637Q473 637 451 637T416 636H403Q388 635 384 626Q382 622 352 506Q352 503 351 500L320 374H401Q482 374 494 376Q554 386 601 434T649 544ZM595 229Q595 273 572 302T512 336Q506 337 429 337Q311 337 310 336Q310 334 293 263T258 122L240 52Q240 48 252 48T333 46Q422 46 429 47Q491 54 543 105T595 229Z"
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
          transform: "scale(0.0181,-0.0181) translate(0, -898.1)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 898.1) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "6030.8 -898.1 1 1296.2",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-103.9)",
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
                                  "data-c": "210E",
                                  "xlink:href": "#MJX-2-TEX-I-210E"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(260.2,584) translate(-250 0)",
                                children: createVNode(_components.use, {
                                  "data-c": "7E",
                                  "xlink:href": "#MJX-2-TEX-N-7E"
                                })
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D457",
                              "xlink:href": "#MJX-2-TEX-I-1D457"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1228.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-2-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(2283.9,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "210E",
                              "xlink:href": "#MJX-2-TEX-I-210E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(609,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D457",
                              "xlink:href": "#MJX-2-TEX-I-1D457"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(3234.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(3401.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mn",
                            children: createVNode(_components.text, {
                              "data-variant": "double-struck",
                              transform: "scale(1,-1)",
                              "font-size": "884px",
                              children: "𝟙"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4001.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "5B",
                            "xlink:href": "#MJX-2-TEX-N-5B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(4279.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D457",
                            "xlink:href": "#MJX-2-TEX-I-1D457"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4969,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2264",
                            "xlink:href": "#MJX-2-TEX-N-2264"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(6024.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44F",
                            "xlink:href": "#MJX-2-TEX-I-1D44F"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6453.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "5D",
                            "xlink:href": "#MJX-2-TEX-N-5D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6731.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-2-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(7009.8,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9176.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44F",
                            "xlink:href": "#MJX-2-TEX-I-1D44F"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9883.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "223C",
                            "xlink:href": "#MJX-2-TEX-N-223C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(10939,0)",
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
                              "data-c": "1D435",
                              "xlink:href": "#MJX-2-TEX-I-1D435"
                            })
                          })]
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -898.1 1 1296.2",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,646.1)",
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
      children: ["where ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "16.228ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 7172.6 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "h = (h_1, \\dots, h_D)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-3D",
              d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-2026",
              d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60ZM525 60Q525 84 542 102T585 120Q609 120 627 104T646 61Q646 36 629 18T586 0T543 17T525 60ZM972 60Q972 84 989 102T1032 120Q1056 120 1074 104T1093 61Q1093 36 1076 18T1033 0T990 17T972 60Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D437",
              d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-29",
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
                  "data-c": "210E",
                  "xlink:href": "#MJX-3-TEX-I-210E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(853.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3D",
                  "xlink:href": "#MJX-3-TEX-N-3D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1909.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-3-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(2298.6,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "210E",
                    "xlink:href": "#MJX-3-TEX-I-210E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(609,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-3-TEX-N-31"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3311.1,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-3-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3755.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "2026",
                  "xlink:href": "#MJX-3-TEX-N-2026"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(5094.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-3-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(5539.1,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "210E",
                    "xlink:href": "#MJX-3-TEX-I-210E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(609,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D437",
                    "xlink:href": "#MJX-3-TEX-I-1D437"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(6783.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-3-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the feature vector, ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.303ex",
          height: "2.292ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -1002 576 1013",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\tilde{h}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-7E",
              d: "M179 251Q164 251 151 245T131 234T111 215L97 227L83 238Q83 239 95 253T121 283T142 304Q165 318 187 318T253 300T320 282Q335 282 348 288T368 299T388 318L402 306L416 295Q375 236 344 222Q330 215 313 215Q292 215 248 233T179 251Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                children: createVNode(_components.g, {
                  "data-mml-node": "mover",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "210E",
                      "xlink:href": "#MJX-4-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(260.2,584) translate(-250 0)",
                    children: createVNode(_components.use, {
                      "data-c": "7E",
                      "xlink:href": "#MJX-4-TEX-N-7E"
                    })
                  })]
                })
              })
            })
          })]
        })
      }), " the truncated features passed to the classifier, and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.54ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 1122.7 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p_B",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D435",
              d: "M231 637Q204 637 199 638T194 649Q194 676 205 682Q206 683 335 683Q594 683 608 681Q671 671 713 636T756 544Q756 480 698 429T565 360L555 357Q619 348 660 311T702 219Q702 146 630 78T453 1Q446 0 242 0Q42 0 39 2Q35 5 35 10Q35 17 37 24Q42 43 47 45Q51 46 62 46H68Q95 46 128 49Q142 52 147 61Q150 65 219 339T288 628Q288 635 231 637ZM649 544Q649 574 634 600T585 634Q578 636 493 637Q473 637 451 637T416 636H403Q388 635 384 626Q382 622 352 506Q352 503 351 500L320 374H401Q482 374 494 376Q554 386 601 434T649 544ZM595 229Q595 273 572 302T512 336Q506 337 429 337Q311 337 310 336Q310 334 293 263T258 122L240 52Q240 48 252 48T333 46Q422 46 429 47Q491 54 543 105T595 229Z"
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
                    "xlink:href": "#MJX-5-TEX-I-1D45D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(536,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D435",
                    "xlink:href": "#MJX-5-TEX-I-1D435"
                  })
                })]
              })
            })
          })]
        })
      }), " a distribution over cut-offs, such as a geometric distribution, so that small ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.971ex",
          height: "1.595ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 429 705",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "b",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D44F",
              d: "M73 647Q73 657 77 670T89 683Q90 683 161 688T234 694Q246 694 246 685T212 542Q204 508 195 472T180 418L176 399Q176 396 182 402Q231 442 283 442Q345 442 383 396T422 280Q422 169 343 79T173 -11Q123 -11 82 27T40 150V159Q40 180 48 217T97 414Q147 611 147 623T109 637Q104 637 101 637H96Q86 637 83 637T76 640T73 647ZM336 325V331Q336 405 275 405Q258 405 240 397T207 376T181 352T163 330L157 322L136 236Q114 150 114 114Q114 66 138 42Q154 26 178 26Q211 26 245 58Q270 81 285 114T318 219Q336 291 336 325Z"
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
                  "data-c": "1D44F",
                  "xlink:href": "#MJX-6-TEX-I-1D44F"
                })
              })
            })
          })]
        })
      }), " is likely. Because the first features survive most often, training pushes the most useful information into them, producing features ordered by importance. Keeping only the first few features is then a direct way of compressing the representation."]
    }), "\n", createVNode(_components.p, {
      children: ["To explain why this helps, the authors connect compression to the information bottleneck, which seeks features ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.636ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 723 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "Z",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D44D",
              d: "M58 8Q58 23 64 35Q64 36 329 334T596 635L586 637Q575 637 512 637H500H476Q442 637 420 635T365 624T311 598T266 548T228 469Q227 466 226 463T224 458T223 453T222 450L221 448Q218 443 202 443Q185 443 182 453L214 561Q228 606 241 651Q249 679 253 681Q256 683 487 683H718Q723 678 723 675Q723 673 717 649Q189 54 188 52L185 49H274Q369 50 377 51Q452 60 500 100T579 247Q587 272 590 277T603 282H607Q628 282 628 271Q547 5 541 2Q538 0 300 0H124Q58 0 58 8Z"
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
                  "data-c": "1D44D",
                  "xlink:href": "#MJX-7-TEX-I-1D44D"
                })
              })
            })
          })]
        })
      }), " of the input ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.928ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 852 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "X",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D44B",
              d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
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
                  "data-c": "1D44B",
                  "xlink:href": "#MJX-8-TEX-I-1D44B"
                })
              })
            })
          })]
        })
      }), " that are as compressed as possible while remaining informative about the label ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.726ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 763 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "Y",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D44C",
              d: "M66 637Q54 637 49 637T39 638T32 641T30 647T33 664T42 682Q44 683 56 683Q104 680 165 680Q288 680 306 683H316Q322 677 322 674T320 656Q316 643 310 637H298Q242 637 242 624Q242 619 292 477T343 333L346 336Q350 340 358 349T379 373T411 410T454 461Q546 568 561 587T577 618Q577 634 545 637Q528 637 528 647Q528 649 530 661Q533 676 535 679T549 683Q551 683 578 682T657 680Q684 680 713 681T746 682Q763 682 763 673Q763 669 760 657T755 643Q753 637 734 637Q662 632 617 587Q608 578 477 424L348 273L322 169Q295 62 295 57Q295 46 363 46Q379 46 384 45T390 35Q390 33 388 23Q384 6 382 4T366 1Q361 1 324 1T232 2Q170 2 138 2T102 1Q84 1 84 9Q84 14 87 24Q88 27 89 30T90 35T91 39T93 42T96 44T101 45T107 45T116 46T129 46Q168 47 180 50T198 63Q201 68 227 171L252 274L129 623Q128 624 127 625T125 627T122 629T118 631T113 633T105 634T96 635T83 636T66 637Z"
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
                  "data-c": "1D44C",
                  "xlink:href": "#MJX-9-TEX-I-1D44C"
                })
              })
            })
          })]
        })
      }), ":"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "33.724ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.385ex",
          minWidth: "33.724ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "3.901ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\min_{p(z \\mid x)} \\; I(X; Z) - \\beta\\, I(Z; Y) \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-10-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-69",
            d: "M69 609Q69 637 87 653T131 669Q154 667 171 652T188 609Q188 579 171 564T129 549Q104 549 87 564T69 609ZM247 0Q232 3 143 3Q132 3 106 3T56 1L34 0H26V46H42Q70 46 91 49Q100 53 102 60T104 102V205V293Q104 345 102 359T88 378Q74 385 41 385H30V408Q30 431 32 431L42 432Q52 433 70 434T106 436Q123 437 142 438T171 441T182 442H185V62Q190 52 197 50T232 46H255V0H247Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-6E",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q450 438 463 329Q464 322 464 190V104Q464 66 466 59T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D467",
            d: "M347 338Q337 338 294 349T231 360Q211 360 197 356T174 346T162 335T155 324L153 320Q150 317 138 317Q117 317 117 325Q117 330 120 339Q133 378 163 406T229 440Q241 442 246 442Q271 442 291 425T329 392T367 375Q389 375 411 408T434 441Q435 442 449 442H462Q468 436 468 434Q468 430 463 420T449 399T432 377T418 358L411 349Q368 298 275 214T160 106L148 94L163 93Q185 93 227 82T290 71Q328 71 360 90T402 140Q406 149 409 151T424 153Q443 153 443 143Q443 138 442 134Q425 72 376 31T278 -11Q252 -11 232 6T193 40T155 57Q111 57 76 -3Q70 -11 59 -11H54H41Q35 -5 35 -2Q35 13 93 84Q132 129 225 214T340 322Q352 338 347 338Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D43C",
            d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D44B",
            d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D44D",
            d: "M58 8Q58 23 64 35Q64 36 329 334T596 635L586 637Q575 637 512 637H500H476Q442 637 420 635T365 624T311 598T266 548T228 469Q227 466 226 463T224 458T223 453T222 450L221 448Q218 443 202 443Q185 443 182 453L214 561Q228 606 241 651Q249 679 253 681Q256 683 487 683H718Q723 678 723 675Q723 673 717 649Q189 54 188 52L185 49H274Q369 50 377 51Q452 60 500 100T579 247Q587 272 590 277T603 282H607Q628 282 628 271Q547 5 541 2Q538 0 300 0H124Q58 0 58 8Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-I-1D44C",
            d: "M66 637Q54 637 49 637T39 638T32 641T30 647T33 664T42 682Q44 683 56 683Q104 680 165 680Q288 680 306 683H316Q322 677 322 674T320 656Q316 643 310 637H298Q242 637 242 624Q242 619 292 477T343 333L346 336Q350 340 358 349T379 373T411 410T454 461Q546 568 561 587T577 618Q577 634 545 637Q528 637 528 647Q528 649 530 661Q533 676 535 679T549 683Q551 683 578 682T657 680Q684 680 713 681T746 682Q763 682 763 673Q763 669 760 657T755 643Q753 637 734 637Q662 632 617 587Q608 578 477 424L348 273L322 169Q295 62 295 57Q295 46 363 46Q379 46 384 45T390 35Q390 33 388 23Q384 6 382 4T366 1Q361 1 324 1T232 2Q170 2 138 2T102 1Q84 1 84 9Q84 14 87 24Q88 27 89 30T90 35T91 39T93 42T96 44T101 45T107 45T116 46T129 46Q168 47 180 50T198 63Q201 68 227 171L252 274L129 623Q128 624 127 625T125 627T122 629T118 631T113 633T105 634T96 635T83 636T66 637Z"
          }), createVNode(_components.path, {
            id: "MJX-10-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1112.1)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1112.1) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "5375 -1112.1 1 1724.1",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,362.1)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "munder",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(84.3,0)",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-10-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "69",
                              "xlink:href": "#MJX-10-TEX-N-69",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "6E",
                              "xlink:href": "#MJX-10-TEX-N-6E",
                              transform: "translate(1111,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(0,-697.3) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D45D",
                                "xlink:href": "#MJX-10-TEX-I-1D45D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(503,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-10-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(892,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D467",
                                "xlink:href": "#MJX-10-TEX-I-1D467"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1357,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2223",
                                "xlink:href": "#MJX-10-TEX-N-2223"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1635,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-10-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2207,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-10-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(1835.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2280.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D43C",
                            "xlink:href": "#MJX-10-TEX-I-1D43C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2784.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-10-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3173.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44B",
                            "xlink:href": "#MJX-10-TEX-I-1D44B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4025.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-10-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(4470,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44D",
                            "xlink:href": "#MJX-10-TEX-I-1D44D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5193,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-10-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5804.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-10-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(6804.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-10-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(7370.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7537.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D43C",
                            "xlink:href": "#MJX-10-TEX-I-1D43C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8041.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-10-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8430.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44D",
                            "xlink:href": "#MJX-10-TEX-I-1D44D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9153.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-10-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9598.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44C",
                            "xlink:href": "#MJX-10-TEX-I-1D44C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10361.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-10-TEX-N-29"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1112.1 1 1724.1",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,1112.1)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-10-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-10-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-10-TEX-N-29",
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
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.14ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 504 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "I",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D43C",
              d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
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
                  "data-c": "1D43C",
                  "xlink:href": "#MJX-11-TEX-I-1D43C"
                })
              })
            })
          })]
        })
      }), " denotes mutual information and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.429ex",
          height: "2.034ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 2399.6 899",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\beta \\gt 0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-3E",
              d: "M84 520Q84 528 88 533T96 539L99 540Q106 540 253 471T544 334L687 265Q694 260 694 250T687 235Q685 233 395 96L107 -40H101Q83 -38 83 -20Q83 -19 83 -17Q82 -10 98 -1Q117 9 248 71Q326 108 378 132L626 250L378 368Q90 504 86 509Q84 513 84 520Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-30",
              d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
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
                  "data-c": "1D6FD",
                  "xlink:href": "#MJX-12-TEX-I-1D6FD"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(843.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3E",
                  "xlink:href": "#MJX-12-TEX-N-3E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1899.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "30",
                  "xlink:href": "#MJX-12-TEX-N-30"
                })
              })]
            })
          })]
        })
      }), " sets how much label information is worth relative to compression. With noisy labels, the ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.268ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3212.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "I(Z; Y)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D43C",
              d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D44D",
              d: "M58 8Q58 23 64 35Q64 36 329 334T596 635L586 637Q575 637 512 637H500H476Q442 637 420 635T365 624T311 598T266 548T228 469Q227 466 226 463T224 458T223 453T222 450L221 448Q218 443 202 443Q185 443 182 453L214 561Q228 606 241 651Q249 679 253 681Q256 683 487 683H718Q723 678 723 675Q723 673 717 649Q189 54 188 52L185 49H274Q369 50 377 51Q452 60 500 100T579 247Q587 272 590 277T603 282H607Q628 282 628 271Q547 5 541 2Q538 0 300 0H124Q58 0 58 8Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-3B",
              d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D44C",
              d: "M66 637Q54 637 49 637T39 638T32 641T30 647T33 664T42 682Q44 683 56 683Q104 680 165 680Q288 680 306 683H316Q322 677 322 674T320 656Q316 643 310 637H298Q242 637 242 624Q242 619 292 477T343 333L346 336Q350 340 358 349T379 373T411 410T454 461Q546 568 561 587T577 618Q577 634 545 637Q528 637 528 647Q528 649 530 661Q533 676 535 679T549 683Q551 683 578 682T657 680Q684 680 713 681T746 682Q763 682 763 673Q763 669 760 657T755 643Q753 637 734 637Q662 632 617 587Q608 578 477 424L348 273L322 169Q295 62 295 57Q295 46 363 46Q379 46 384 45T390 35Q390 33 388 23Q384 6 382 4T366 1Q361 1 324 1T232 2Q170 2 138 2T102 1Q84 1 84 9Q84 14 87 24Q88 27 89 30T90 35T91 39T93 42T96 44T101 45T107 45T116 46T129 46Q168 47 180 50T198 63Q201 68 227 171L252 274L129 623Q128 624 127 625T125 627T122 629T118 631T113 633T105 634T96 635T83 636T66 637Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-29",
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
                  "data-c": "1D43C",
                  "xlink:href": "#MJX-13-TEX-I-1D43C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(504,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-13-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(893,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44D",
                  "xlink:href": "#MJX-13-TEX-I-1D44D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1616,0)",
                children: createVNode(_components.use, {
                  "data-c": "3B",
                  "xlink:href": "#MJX-13-TEX-N-3B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2060.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44C",
                  "xlink:href": "#MJX-13-TEX-I-1D44C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2823.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-13-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " term rewards encoding the noise too; the compression term ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.47ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3301.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "I(X; Z)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D43C",
              d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D44B",
              d: "M42 0H40Q26 0 26 11Q26 15 29 27Q33 41 36 43T55 46Q141 49 190 98Q200 108 306 224T411 342Q302 620 297 625Q288 636 234 637H206Q200 643 200 645T202 664Q206 677 212 683H226Q260 681 347 681Q380 681 408 681T453 682T473 682Q490 682 490 671Q490 670 488 658Q484 643 481 640T465 637Q434 634 411 620L488 426L541 485Q646 598 646 610Q646 628 622 635Q617 635 609 637Q594 637 594 648Q594 650 596 664Q600 677 606 683H618Q619 683 643 683T697 681T738 680Q828 680 837 683H845Q852 676 852 672Q850 647 840 637H824Q790 636 763 628T722 611T698 593L687 584Q687 585 592 480L505 384Q505 383 536 304T601 142T638 56Q648 47 699 46Q734 46 734 37Q734 35 732 23Q728 7 725 4T711 1Q708 1 678 1T589 2Q528 2 496 2T461 1Q444 1 444 10Q444 11 446 25Q448 35 450 39T455 44T464 46T480 47T506 54Q523 62 523 64Q522 64 476 181L429 299Q241 95 236 84Q232 76 232 72Q232 53 261 47Q262 47 267 47T273 46Q276 46 277 46T280 45T283 42T284 35Q284 26 282 19Q279 6 276 4T261 1Q258 1 243 1T201 2T142 2Q64 2 42 0Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-3B",
              d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D44D",
              d: "M58 8Q58 23 64 35Q64 36 329 334T596 635L586 637Q575 637 512 637H500H476Q442 637 420 635T365 624T311 598T266 548T228 469Q227 466 226 463T224 458T223 453T222 450L221 448Q218 443 202 443Q185 443 182 453L214 561Q228 606 241 651Q249 679 253 681Q256 683 487 683H718Q723 678 723 675Q723 673 717 649Q189 54 188 52L185 49H274Q369 50 377 51Q452 60 500 100T579 247Q587 272 590 277T603 282H607Q628 282 628 271Q547 5 541 2Q538 0 300 0H124Q58 0 58 8Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-29",
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
                  "data-c": "1D43C",
                  "xlink:href": "#MJX-14-TEX-I-1D43C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(504,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-14-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(893,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44B",
                  "xlink:href": "#MJX-14-TEX-I-1D44B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1745,0)",
                children: createVNode(_components.use, {
                  "data-c": "3B",
                  "xlink:href": "#MJX-14-TEX-N-3B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2189.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44D",
                  "xlink:href": "#MJX-14-TEX-I-1D44D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2912.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-14-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " limits how much of it can be stored."]
    }), "\n", createVNode(_components.p, {
      children: "Finally, models trained with compression are combined with Co-teaching, in which two networks are trained together and each selects the examples with small loss, likely to be correctly labelled, to update the other."
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "On the theoretical side, the authors carry out a bias-variance decomposition of the training objective under compression regularisation, for a single model and for Co-teaching. They draw three conclusions from it: over-fitting is indeed the issue when learning with noisy labels; compression, read through the information-bottleneck formulation of Eq. (2), explains why Dropout and Nested Dropout help; and the same analysis accounts for the extra gain when compression is combined with Co-teaching."
    }), "\n", createVNode(_components.p, {
      children: "Experimentally, the paper reports that this simple approach matches or beats state-of-the-art methods on benchmarks with real-world label noise, including Clothing1M and ANIMAL-10N. Its appeal is simplicity: the compression part is a standard regulariser with one or two hyperparameters, and the loss is ordinary cross-entropy."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["Methods for noisy labels differ in where they intervene. ", createVNode(_components.a, {
        href: "/papers/label-distributionally-robust-losses/",
        children: "Label distributionally robust losses"
      }), " change the loss and adapt a per-example temperature; ", createVNode(_components.a, {
        href: "/papers/robust-dpo/",
        children: "robust DPO"
      }), " corrects the loss for a known flip rate in preference data; this paper leaves the loss alone and constrains the representation. ", createVNode(_components.a, {
        href: "/papers/discriminative-vs-generative/",
        children: "The discriminative versus generative paper"
      }), " approaches the same tension between fitting and generalising from a sample-complexity angle."]
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

const url = "content/papers/compressing-features-noisy-labels.mdx/";
const file = "/work/main/content/papers/compressing-features-noisy-labels.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/compressing-features-noisy-labels.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
