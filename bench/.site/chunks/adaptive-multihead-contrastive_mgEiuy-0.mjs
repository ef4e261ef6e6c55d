import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Adaptive Multi-head Contrastive Learning",
  "arxiv": "2310.05615",
  "authors": ["Lei Wang", "Piotr Koniusz", "Tom Gedeon", "Liang Zheng"],
  "year": 2023,
  "venue": "ECCV 2024",
  "topics": ["contrastive-ssl", "loss-functions"],
  "summary": "Replaces the single projection head of contrastive learning with several heads and gives every pair an adaptive, regularised temperature, derived from a maximum-likelihood view.",
  "related": ["contrastive-temperature-individualization", "contrastive-loss-behaviour", "time-series-bad-pair-mining", "unified-negative-pair-generation"]
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
    use: "use",
    ...props.components
  }, _component0 = _components["mjx-container"];
  return createVNode(Fragment, {
    children: [createVNode(_components.p, {
      children: "Contrastive learning rests on a tidy assumption: two augmented views of the same image should look alike, and views of different images should not. With strong and varied augmentations that assumption breaks often. A heavy crop of a dog and a colour-jittered view of the same dog can be less similar than two different dogs. This paper stops forcing every pair to the same standard and lets the loss adapt, pair by pair and head by head."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: "Methods such as SimCLR and MoCo pass each view through an encoder and a single projection head, compute one similarity per pair, and apply an InfoNCE loss with a single global temperature. That setup asks for high similarity on every positive pair and low similarity on every negative pair. The authors point out two ways this can fail. Intra-sample variation means some positive pairs are genuinely dissimilar, especially when several augmentation families are combined. Inter-sample similarity means some negative pairs are genuinely alike. Pushing hard on such pairs is, at best, wasted effort and, at worst, harmful to the representation. The problem grows as more augmentation types are used, which is exactly when augmentations help most."
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["AMCL makes two changes. First, it attaches ", createVNode(_component0, {
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
          "aria-label": "H",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D43B",
              d: "M228 637Q194 637 192 641Q191 643 191 649Q191 673 202 682Q204 683 219 683Q260 681 355 681Q389 681 418 681T463 682T483 682Q499 682 499 672Q499 670 497 658Q492 641 487 638H485Q483 638 480 638T473 638T464 637T455 637Q416 636 405 634T387 623Q384 619 355 500Q348 474 340 442T328 395L324 380Q324 378 469 378H614L615 381Q615 384 646 504Q674 619 674 627T617 637Q594 637 587 639T580 648Q580 650 582 660Q586 677 588 679T604 682Q609 682 646 681T740 680Q802 680 835 681T871 682Q888 682 888 672Q888 645 876 638H874Q872 638 869 638T862 638T853 637T844 637Q805 636 794 634T776 623Q773 618 704 340T634 58Q634 51 638 51Q646 48 692 46H723Q729 38 729 37T726 19Q722 6 716 0H701Q664 2 567 2Q533 2 504 2T458 2T437 1Q420 1 420 10Q420 15 423 24Q428 43 433 45Q437 46 448 46H454Q481 46 514 49Q520 50 522 50T528 55T534 64T540 82T547 110T558 153Q565 181 569 198Q602 330 602 331T457 332H312L279 197Q245 63 245 58Q245 51 253 49T303 46H334Q340 38 340 37T337 19Q333 6 327 0H312Q275 2 178 2Q144 2 115 2T69 2T48 1Q31 1 31 10Q31 12 34 24Q39 43 44 45Q48 46 59 46H65Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Q285 635 228 637Z"
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
                  "data-c": "1D43B",
                  "xlink:href": "#MJX-1-TEX-I-1D43B"
                })
              })
            })
          })]
        })
      }), " projection heads to the encoder instead of one. Each head produces its own features and therefore its own similarity ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.991ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.415ex",
          height: "3.391ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -1060.7 1509.4 1498.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "s^{(h)}_{ij}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D457",
              d: "M297 596Q297 627 318 644T361 661Q378 661 389 651T403 623Q403 595 384 576T340 557Q322 557 310 567T297 596ZM288 376Q288 405 262 405Q240 405 220 393T185 362T161 325T144 293L137 279Q135 278 121 278H107Q101 284 101 286T105 299Q126 348 164 391T252 441Q253 441 260 441T272 442Q296 441 316 432Q341 418 354 401T367 348V332L318 133Q267 -67 264 -75Q246 -125 194 -164T75 -204Q25 -204 7 -183T-12 -137Q-12 -110 7 -91T53 -71Q70 -71 82 -81T95 -112Q95 -148 63 -167Q69 -168 77 -168Q111 -168 139 -140T182 -74L193 -32Q204 11 219 72T251 197T278 308T289 365Q289 372 288 376Z"
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
                    "data-c": "1D460",
                    "xlink:href": "#MJX-2-TEX-I-1D460"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,530.4) scale(0.707)",
                  "data-mjx-texclass": "ORD",
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
                      "data-c": "210E",
                      "xlink:href": "#MJX-2-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(965,0)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-2-TEX-N-29"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,-293.8) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D456",
                      "xlink:href": "#MJX-2-TEX-I-1D456"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(345,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D457",
                      "xlink:href": "#MJX-2-TEX-I-1D457"
                    })
                  })]
                })]
              })
            })
          })]
        })
      }), " for a pair of views ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.462ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.719ex",
          height: "1.957ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -661 1201.7 865",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "i, j",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D457",
              d: "M297 596Q297 627 318 644T361 661Q378 661 389 651T403 623Q403 595 384 576T340 557Q322 557 310 567T297 596ZM288 376Q288 405 262 405Q240 405 220 393T185 362T161 325T144 293L137 279Q135 278 121 278H107Q101 284 101 286T105 299Q126 348 164 391T252 441Q253 441 260 441T272 442Q296 441 316 432Q341 418 354 401T367 348V332L318 133Q267 -67 264 -75Q246 -125 194 -164T75 -204Q25 -204 7 -183T-12 -137Q-12 -110 7 -91T53 -71Q70 -71 82 -81T95 -112Q95 -148 63 -167Q69 -168 77 -168Q111 -168 139 -140T182 -74L193 -32Q204 11 219 72T251 197T278 308T289 365Q289 372 288 376Z"
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
                  "data-c": "1D456",
                  "xlink:href": "#MJX-3-TEX-I-1D456"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(345,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-3-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(789.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D457",
                  "xlink:href": "#MJX-3-TEX-I-1D457"
                })
              })]
            })
          })]
        })
      }), ". Different heads can capture different aspects of the variation introduced by different augmentations."]
    }), "\n", createVNode(_components.p, {
      children: ["Second, each pair’s similarity in each head is scaled by its own adaptive temperature rather than a shared constant. The loss is derived, rather than designed, as the solution of a maximum-likelihood problem: the authors model, for each head, the posterior probability that a given view is the positive partner of the anchor, and maximise the likelihood across heads. Schematically, for an anchor ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.781ex",
          height: "1.52ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -661 345 672",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "i",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D456",
                  "xlink:href": "#MJX-4-TEX-I-1D456"
                })
              })
            })
          })]
        })
      }), " with positive ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.462ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.932ex",
          height: "1.957ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -661 412 865",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "j",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D457",
              d: "M297 596Q297 627 318 644T361 661Q378 661 389 651T403 623Q403 595 384 576T340 557Q322 557 310 567T297 596ZM288 376Q288 405 262 405Q240 405 220 393T185 362T161 325T144 293L137 279Q135 278 121 278H107Q101 284 101 286T105 299Q126 348 164 391T252 441Q253 441 260 441T272 442Q296 441 316 432Q341 418 354 401T367 348V332L318 133Q267 -67 264 -75Q246 -125 194 -164T75 -204Q25 -204 7 -183T-12 -137Q-12 -110 7 -91T53 -71Q70 -71 82 -81T95 -112Q95 -148 63 -167Q69 -168 77 -168Q111 -168 139 -140T182 -74L193 -32Q204 11 219 72T251 197T278 308T289 365Q289 372 288 376Z"
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
                  "data-c": "1D457",
                  "xlink:href": "#MJX-5-TEX-I-1D457"
                })
              })
            })
          })]
        })
      }), ", the resulting objective has the form"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "57.916ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-3.3ex",
          minWidth: "57.916ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "7.732ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{L}_i = \\sum_{h=1}^{H}\\left[ -\\frac{s^{(h)}_{ij}}{\\tau^{(h)}_{ij}} + \\log \\sum_{k \\neq i} \\exp\\!\\Big(\\frac{s^{(h)}_{ik}}{\\tau^{(h)}_{ik}}\\Big) \\right] + \\lambda\\, \\Omega(\\tau), \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-6-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D456",
            d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D43B",
            d: "M228 637Q194 637 192 641Q191 643 191 649Q191 673 202 682Q204 683 219 683Q260 681 355 681Q389 681 418 681T463 682T483 682Q499 682 499 672Q499 670 497 658Q492 641 487 638H485Q483 638 480 638T473 638T464 637T455 637Q416 636 405 634T387 623Q384 619 355 500Q348 474 340 442T328 395L324 380Q324 378 469 378H614L615 381Q615 384 646 504Q674 619 674 627T617 637Q594 637 587 639T580 648Q580 650 582 660Q586 677 588 679T604 682Q609 682 646 681T740 680Q802 680 835 681T871 682Q888 682 888 672Q888 645 876 638H874Q872 638 869 638T862 638T853 637T844 637Q805 636 794 634T776 623Q773 618 704 340T634 58Q634 51 638 51Q646 48 692 46H723Q729 38 729 37T726 19Q722 6 716 0H701Q664 2 567 2Q533 2 504 2T458 2T437 1Q420 1 420 10Q420 15 423 24Q428 43 433 45Q437 46 448 46H454Q481 46 514 49Q520 50 522 50T528 55T534 64T540 82T547 110T558 153Q565 181 569 198Q602 330 602 331T457 332H312L279 197Q245 63 245 58Q245 51 253 49T303 46H334Q340 38 340 37T337 19Q333 6 327 0H312Q275 2 178 2Q144 2 115 2T69 2T48 1Q31 1 31 10Q31 12 34 24Q39 43 44 45Q48 46 59 46H65Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Q285 635 228 637Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A1",
            d: "M319 -645V1154H666V1070H403V-645H319Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A3",
            d: "M319 -644V1155H403V-560H666V-644H319Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A2",
            d: "M319 0V602H403V0H319Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D460",
            d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D457",
            d: "M297 596Q297 627 318 644T361 661Q378 661 389 651T403 623Q403 595 384 576T340 557Q322 557 310 567T297 596ZM288 376Q288 405 262 405Q240 405 220 393T185 362T161 325T144 293L137 279Q135 278 121 278H107Q101 284 101 286T105 299Q126 348 164 391T252 441Q253 441 260 441T272 442Q296 441 316 432Q341 418 354 401T367 348V332L318 133Q267 -67 264 -75Q246 -125 194 -164T75 -204Q25 -204 7 -183T-12 -137Q-12 -110 7 -91T53 -71Q70 -71 82 -81T95 -112Q95 -148 63 -167Q69 -168 77 -168Q111 -168 139 -140T182 -74L193 -32Q204 11 219 72T251 197T278 308T289 365Q289 372 288 376Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D70F",
            d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D458",
            d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-2260",
            d: "M166 -215T159 -215T147 -212T141 -204T139 -197Q139 -190 144 -183L306 133H70Q56 140 56 153Q56 168 72 173H327L406 327H72Q56 332 56 347Q56 360 70 367H426Q597 702 602 707Q605 716 618 716Q625 716 630 712T636 703T638 696Q638 692 471 367H707Q722 359 722 347Q722 336 708 328L451 327L371 173H708Q722 163 722 153Q722 140 707 133H351Q175 -210 170 -212Q166 -215 159 -215Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-70",
            d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-LO-28",
            d: "M180 96T180 250T205 541T266 770T353 944T444 1069T527 1150H555Q561 1144 561 1141Q561 1137 545 1120T504 1072T447 995T386 878T330 721T288 513T272 251Q272 133 280 56Q293 -87 326 -209T399 -405T475 -531T536 -609T561 -640Q561 -643 555 -649H527Q483 -612 443 -568T353 -443T266 -270T205 -41Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-LO-29",
            d: "M35 1138Q35 1150 51 1150H56H69Q113 1113 153 1069T243 944T330 771T391 541T416 250T391 -40T330 -270T243 -443T152 -568T69 -649H56Q43 -649 39 -647T35 -637Q65 -607 110 -548Q283 -316 316 56Q324 133 324 251Q324 368 316 445Q278 877 48 1123Q36 1137 35 1138Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A4",
            d: "M0 1070V1154H347V-645H263V1070H0Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A6",
            d: "M263 -560V1155H347V-644H0V-560H263Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-S4-23A5",
            d: "M263 0V602H347V0H263Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-I-1D706",
            d: "M166 673Q166 685 183 694H202Q292 691 316 644Q322 629 373 486T474 207T524 67Q531 47 537 34T546 15T551 6T555 2T556 -2T550 -11H482Q457 3 450 18T399 152L354 277L340 262Q327 246 293 207T236 141Q211 112 174 69Q123 9 111 -1T83 -12Q47 -12 47 20Q47 37 61 52T199 187Q229 216 266 252T321 306L338 322Q338 323 288 462T234 612Q214 657 183 657Q166 657 166 673Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-3A9",
            d: "M55 454Q55 503 75 546T127 617T197 665T272 695T337 704H352Q396 704 404 703Q527 687 596 615T666 454Q666 392 635 330T559 200T499 83V80H543Q589 81 600 83T617 93Q622 102 629 135T636 172L637 177H677V175L660 89Q645 3 644 2V0H552H488Q461 0 456 3T451 20Q451 89 499 235T548 455Q548 512 530 555T483 622T424 656T361 668Q332 668 303 658T243 626T193 560T174 456Q174 380 222 233T270 20Q270 7 263 0H77V2Q76 3 61 89L44 175V177H84L85 172Q85 171 88 155T96 119T104 93Q109 86 120 84T178 80H222V83Q206 132 162 199T87 329T55 454Z"
          }), createVNode(_components.path, {
            id: "MJX-6-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1958.8)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1958.8) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "10721.5 -1958.8 1 3417.5",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
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
                                "xlink:href": "#MJX-6-TEX-C-4C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(723,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D456",
                              "xlink:href": "#MJX-6-TEX-I-1D456"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1294.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-6-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munderover",
                          transform: "translate(2350.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-6-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(66.5,-1107.7) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "210E",
                                "xlink:href": "#MJX-6-TEX-I-210E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(576,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-6-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1354,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-6-TEX-N-31"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(408,1150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D43B",
                                "xlink:href": "#MJX-6-TEX-I-1D43B"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mrow",
                          transform: "translate(3961.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "23A1",
                              "xlink:href": "#MJX-6-TEX-S4-23A1",
                              transform: "translate(0,804.8)"
                            }), createVNode(_components.use, {
                              "data-c": "23A3",
                              "xlink:href": "#MJX-6-TEX-S4-23A3",
                              transform: "translate(0,-814.8)"
                            }), createVNode(_components.svg, {
                              width: "667",
                              height: "19.5",
                              y: "240.2",
                              x: "0",
                              viewBox: "0 4.9 667 19.5",
                              children: createVNode(_components.use, {
                                "data-c": "23A2",
                                "xlink:href": "#MJX-6-TEX-S4-23A2",
                                transform: "scale(1,0.049)"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(667,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2212",
                              "xlink:href": "#MJX-6-TEX-N-2212"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mfrac",
                            transform: "translate(1445,0)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(271,898)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D460",
                                  "xlink:href": "#MJX-6-TEX-I-1D460"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(502,530.4) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-6-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(389,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "210E",
                                    "xlink:href": "#MJX-6-TEX-I-210E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(965,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-6-TEX-N-29"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(502,-293.8) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D456",
                                    "xlink:href": "#MJX-6-TEX-I-1D456"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(345,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D457",
                                    "xlink:href": "#MJX-6-TEX-I-1D457"
                                  })
                                })]
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(220,-1020.7)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70F",
                                  "xlink:href": "#MJX-6-TEX-I-1D70F"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(604,530.4) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-6-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(389,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "210E",
                                    "xlink:href": "#MJX-6-TEX-I-210E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(965,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-6-TEX-N-29"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(470,-293.8) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D456",
                                    "xlink:href": "#MJX-6-TEX-I-1D456"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(345,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D457",
                                    "xlink:href": "#MJX-6-TEX-I-1D457"
                                  })
                                })]
                              })]
                            }), createVNode(_components.rect, {
                              width: "1811.4",
                              height: "60",
                              x: "120",
                              y: "220"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(3718.6,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2B",
                              "xlink:href": "#MJX-6-TEX-N-2B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(4718.9,0)",
                            children: [createVNode(_components.use, {
                              "data-c": "6C",
                              "xlink:href": "#MJX-6-TEX-N-6C"
                            }), createVNode(_components.use, {
                              "data-c": "6F",
                              "xlink:href": "#MJX-6-TEX-N-6F",
                              transform: "translate(278,0)"
                            }), createVNode(_components.use, {
                              "data-c": "67",
                              "xlink:href": "#MJX-6-TEX-N-67",
                              transform: "translate(778,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(5996.9,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2061",
                              "xlink:href": "#MJX-6-TEX-N-2061"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "munder",
                            transform: "translate(6163.5,0)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "2211",
                                "xlink:href": "#MJX-6-TEX-LO-2211"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              transform: "translate(140.8,-1123.3) scale(0.707)",
                              "data-mjx-texclass": "ORD",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D458",
                                  "xlink:href": "#MJX-6-TEX-I-1D458"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(521,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2260",
                                  "xlink:href": "#MJX-6-TEX-N-2260"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(1299,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D456",
                                  "xlink:href": "#MJX-6-TEX-I-1D456"
                                })
                              })]
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(7774.2,0)",
                            children: [createVNode(_components.use, {
                              "data-c": "65",
                              "xlink:href": "#MJX-6-TEX-N-65"
                            }), createVNode(_components.use, {
                              "data-c": "78",
                              "xlink:href": "#MJX-6-TEX-N-78",
                              transform: "translate(444,0)"
                            }), createVNode(_components.use, {
                              "data-c": "70",
                              "xlink:href": "#MJX-6-TEX-N-70",
                              transform: "translate(972,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mstyle",
                            transform: "translate(9302.2,0)",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mspace"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            transform: "translate(9301.9,0)",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(0 -0.5)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-6-TEX-LO-28"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mfrac",
                            transform: "translate(9898.9,0)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(271,784.9)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D460",
                                  "xlink:href": "#MJX-6-TEX-I-1D460"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(502,530.4) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-6-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(389,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "210E",
                                    "xlink:href": "#MJX-6-TEX-I-210E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(965,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-6-TEX-N-29"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(502,-317.1) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D456",
                                    "xlink:href": "#MJX-6-TEX-I-1D456"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(345,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D458",
                                    "xlink:href": "#MJX-6-TEX-I-1D458"
                                  })
                                })]
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "msubsup",
                              transform: "translate(220,-1020.7)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70F",
                                  "xlink:href": "#MJX-6-TEX-I-1D70F"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(604,530.4) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-6-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(389,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "210E",
                                    "xlink:href": "#MJX-6-TEX-I-210E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(965,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-6-TEX-N-29"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                transform: "translate(470,-317.1) scale(0.707)",
                                "data-mjx-texclass": "ORD",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D456",
                                    "xlink:href": "#MJX-6-TEX-I-1D456"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(345,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D458",
                                    "xlink:href": "#MJX-6-TEX-I-1D458"
                                  })
                                })]
                              })]
                            }), createVNode(_components.rect, {
                              width: "1811.4",
                              height: "60",
                              x: "120",
                              y: "220"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            transform: "translate(11950.3,0)",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(0 -0.5)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-6-TEX-LO-29"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(12547.3,0)",
                            children: [createVNode(_components.use, {
                              "data-c": "23A4",
                              "xlink:href": "#MJX-6-TEX-S4-23A4",
                              transform: "translate(0,804.8)"
                            }), createVNode(_components.use, {
                              "data-c": "23A6",
                              "xlink:href": "#MJX-6-TEX-S4-23A6",
                              transform: "translate(0,-814.8)"
                            }), createVNode(_components.svg, {
                              width: "667",
                              height: "19.5",
                              y: "240.2",
                              x: "0",
                              viewBox: "0 4.9 667 19.5",
                              children: createVNode(_components.use, {
                                "data-c": "23A5",
                                "xlink:href": "#MJX-6-TEX-S4-23A5",
                                transform: "scale(1,0.049)"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17397.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-6-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(18397.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D706",
                            "xlink:href": "#MJX-6-TEX-I-1D706"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(18980.9,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(19147.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3A9",
                            "xlink:href": "#MJX-6-TEX-N-3A9"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19869.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-6-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(20258.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70F",
                            "xlink:href": "#MJX-6-TEX-I-1D70F"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20775.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-6-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21164.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-6-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1958.8 1 3417.5",
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
                          "xlink:href": "#MJX-6-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "31",
                          "xlink:href": "#MJX-6-TEX-N-31",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-6-TEX-N-29",
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
            verticalAlign: "-0.735ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.415ex",
          height: "3.135ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -1060.7 1509.4 1385.6",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "s^{(h)}_{ik}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D458",
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
                "data-mml-node": "msubsup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D460",
                    "xlink:href": "#MJX-7-TEX-I-1D460"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,530.4) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "28",
                      "xlink:href": "#MJX-7-TEX-N-28"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(389,0)",
                    children: createVNode(_components.use, {
                      "data-c": "210E",
                      "xlink:href": "#MJX-7-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(965,0)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-7-TEX-N-29"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,-317.1) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D456",
                      "xlink:href": "#MJX-7-TEX-I-1D456"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(345,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D458",
                      "xlink:href": "#MJX-7-TEX-I-1D458"
                    })
                  })]
                })]
              })
            })
          })]
        })
      }), " is the similarity between views ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.781ex",
          height: "1.52ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -661 345 672",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "i",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
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
                  "data-c": "1D456",
                  "xlink:href": "#MJX-8-TEX-I-1D456"
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
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.179ex",
          height: "1.595ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 521 705",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "k",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D458",
              d: "M121 647Q121 657 125 670T137 683Q138 683 209 688T282 694Q294 694 294 686Q294 679 244 477Q194 279 194 272Q213 282 223 291Q247 309 292 354T362 415Q402 442 438 442Q468 442 485 423T503 369Q503 344 496 327T477 302T456 291T438 288Q418 288 406 299T394 328Q394 353 410 369T442 390L458 393Q446 405 434 405H430Q398 402 367 380T294 316T228 255Q230 254 243 252T267 246T293 238T320 224T342 206T359 180T365 147Q365 130 360 106T354 66Q354 26 381 26Q429 26 459 145Q461 153 479 153H483Q499 153 499 144Q499 139 496 130Q455 -11 378 -11Q333 -11 305 15T277 90Q277 108 280 121T283 145Q283 167 269 183T234 206T200 217T182 220H180Q168 178 159 139T145 81T136 44T129 20T122 7T111 -2Q98 -11 83 -11Q66 -11 57 -1T48 16Q48 26 85 176T158 471L195 616Q196 629 188 632T149 637H144Q134 637 131 637T124 640T121 647Z"
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
                  "data-c": "1D458",
                  "xlink:href": "#MJX-9-TEX-I-1D458"
                })
              })
            })
          })]
        })
      }), " in head ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.303ex",
          height: "1.595ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 576 705",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "h",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-10-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
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
                  "data-c": "210E",
                  "xlink:href": "#MJX-10-TEX-I-210E"
                })
              })
            })
          })]
        })
      }), ", ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.735ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "3.646ex",
          height: "3.135ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -1060.7 1611.4 1385.6",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\tau^{(h)}_{ik}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D70F",
              d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D456",
              d: "M184 600Q184 624 203 642T247 661Q265 661 277 649T290 619Q290 596 270 577T226 557Q211 557 198 567T184 600ZM21 287Q21 295 30 318T54 369T98 420T158 442Q197 442 223 419T250 357Q250 340 236 301T196 196T154 83Q149 61 149 51Q149 26 166 26Q175 26 185 29T208 43T235 78T260 137Q263 149 265 151T282 153Q302 153 302 143Q302 135 293 112T268 61T223 11T161 -11Q129 -11 102 10T74 74Q74 91 79 106T122 220Q160 321 166 341T173 380Q173 404 156 404H154Q124 404 99 371T61 287Q60 286 59 284T58 281T56 279T53 278T49 278T41 278H27Q21 284 21 287Z"
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
                "data-mml-node": "msubsup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-11-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(604,530.4) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "28",
                      "xlink:href": "#MJX-11-TEX-N-28"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(389,0)",
                    children: createVNode(_components.use, {
                      "data-c": "210E",
                      "xlink:href": "#MJX-11-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(965,0)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-11-TEX-N-29"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(470,-317.1) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D456",
                      "xlink:href": "#MJX-11-TEX-I-1D456"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(345,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D458",
                      "xlink:href": "#MJX-11-TEX-I-1D458"
                    })
                  })]
                })]
              })
            })
          })]
        })
      }), " is that pair’s adaptive temperature, and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.633ex",
          height: "1.593ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -704 722 704",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Omega",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-12-TEX-N-3A9",
              d: "M55 454Q55 503 75 546T127 617T197 665T272 695T337 704H352Q396 704 404 703Q527 687 596 615T666 454Q666 392 635 330T559 200T499 83V80H543Q589 81 600 83T617 93Q622 102 629 135T636 172L637 177H677V175L660 89Q645 3 644 2V0H552H488Q461 0 456 3T451 20Q451 89 499 235T548 455Q548 512 530 555T483 622T424 656T361 668Q332 668 303 658T243 626T193 560T174 456Q174 380 222 233T270 20Q270 7 263 0H77V2Q76 3 61 89L44 175V177H84L85 172Q85 171 88 155T96 119T104 93Q109 86 120 84T178 80H222V83Q206 132 162 199T87 329T55 454Z"
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
                  "data-c": "3A9",
                  "xlink:href": "#MJX-12-TEX-N-3A9"
                })
              })
            })
          })]
        })
      }), " is a regulariser, weighted by ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.027ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.319ex",
          height: "1.597ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 583 706",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\lambda",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D706",
              d: "M166 673Q166 685 183 694H202Q292 691 316 644Q322 629 373 486T474 207T524 67Q531 47 537 34T546 15T551 6T555 2T556 -2T550 -11H482Q457 3 450 18T399 152L354 277L340 262Q327 246 293 207T236 141Q211 112 174 69Q123 9 111 -1T83 -12Q47 -12 47 20Q47 37 61 52T199 187Q229 216 266 252T321 306L338 322Q338 323 288 462T234 612Q214 657 183 657Q166 657 166 673Z"
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
                  "data-c": "1D706",
                  "xlink:href": "#MJX-13-TEX-I-1D706"
                })
              })
            })
          })]
        })
      }), ", on the temperatures. Eq. (1) is our compact rendering of the structure; the paper gives the exact likelihood and how the temperatures are computed."]
    }), "\n", createVNode(_components.p, {
      children: ["The temperature sets how sharply a pair’s similarity counts. A small temperature makes the loss insist on that pair; a large one relaxes it. Left unchecked, the optimiser could simply send all temperatures to infinity and make the loss trivially small, so the regulariser ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.633ex",
          height: "1.593ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -704 722 704",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Omega",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-14-TEX-N-3A9",
              d: "M55 454Q55 503 75 546T127 617T197 665T272 695T337 704H352Q396 704 404 703Q527 687 596 615T666 454Q666 392 635 330T559 200T499 83V80H543Q589 81 600 83T617 93Q622 102 629 135T636 172L637 177H677V175L660 89Q645 3 644 2V0H552H488Q461 0 456 3T451 20Q451 89 499 235T548 455Q548 512 530 555T483 622T424 656T361 668Q332 668 303 658T243 626T193 560T174 456Q174 380 222 233T270 20Q270 7 263 0H77V2Q76 3 61 89L44 175V177H84L85 172Q85 171 88 155T96 119T104 93Q109 86 120 84T178 80H222V83Q206 132 162 199T87 329T55 454Z"
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
                  "data-c": "3A9",
                  "xlink:href": "#MJX-14-TEX-N-3A9"
                })
              })
            })
          })]
        })
      }), " penalises such degenerate choices. That balance is what lets the loss go easy on positive pairs that augmentation has made genuinely hard, while still pulling easy positives together."]
    }), "\n", createVNode(_components.p, {
      children: "Because the change lives entirely in the projection heads and the loss, it can be added on top of existing frameworks."
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The authors apply AMCL to SimCLR, MoCo and Barlow Twins and report consistent improvements in linear-probe accuracy across several backbones and numbers of probing epochs. They report that the gains are larger when multiple augmentation methods are used together, which matches their motivation: more varied augmentations mean more positive pairs that a single head and a single temperature cannot treat fairly. We do not reproduce the specific accuracy numbers here."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: [createVNode(_components.a, {
        href: "/papers/contrastive-temperature-individualization/",
        children: "The iSogCLR paper"
      }), " also gives individual temperatures, but per anchor and from a robust-optimisation argument rather than per pair and per head from maximum likelihood. ", createVNode(_components.a, {
        href: "/papers/contrastive-loss-behaviour/",
        children: "The analysis of contrastive loss behaviour"
      }), " explains why the temperature matters in the first place, by showing how it controls the penalty on hard negatives. ", createVNode(_components.a, {
        href: "/papers/time-series-bad-pair-mining/",
        children: "Dynamic bad pair mining"
      }), " starts from the same observation that not all positive pairs deserve full weight, but detects bad pairs from their loss history and down-weights them explicitly."]
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

const url = "content/papers/adaptive-multihead-contrastive.mdx/";
const file = "/work/main/content/papers/adaptive-multihead-contrastive.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/adaptive-multihead-contrastive.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
