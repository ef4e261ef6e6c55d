import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Contextual Bandits with Online Neural Regression",
  "arxiv": "2312.07145",
  "authors": ["Rohan Deb", "Yikun Ban", "Shiliang Zuo", "Jingrui He", "Arindam Banerjee"],
  "year": 2023,
  "venue": "ICLR 2024",
  "topics": ["online-learning-regret"],
  "summary": "Perturbing a wide network's predictions gives logarithmic online-regression regret, which a known reduction turns into square-root-of-KT regret for neural contextual bandits.",
  "related": ["feedback-switching-costs", "llm-agents-regret", "model-based-transfer-contextual-rl"]
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
    em: "em",
    g: "g",
    h2: "h2",
    li: "li",
    "mjx-container": "mjx-container",
    p: "p",
    path: "path",
    rect: "rect",
    svg: "svg",
    text: "text",
    ul: "ul",
    use: "use",
    ...props.components
  }, _component0 = _components["mjx-container"];
  return createVNode(Fragment, {
    children: [createVNode(_components.p, {
      children: ["Contextual bandits sit behind recommendation, ad placement and adaptive treatment: each round the learner sees a context, picks one of ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.011ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 889 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "K",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D43E",
              d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
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
                  "data-c": "1D43E",
                  "xlink:href": "#MJX-1-TEX-I-1D43E"
                })
              })
            })
          })]
        })
      }), " actions and observes only that action’s outcome. Neural networks are the obvious model for the context-to-reward map, but their regret guarantees have been weak or relied on i.i.d. contexts. This paper gets strong guarantees for adversarial contexts by routing the problem through online regression, and by a small trick that makes neural losses behave."]
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["Foster and Rakhlin (2020) and Foster and Krishnamurthy (2021) showed that, when the true reward function lies in the model class, contextual bandits reduce to ", createVNode(_components.em, {
        children: "online regression"
      }), ": if an online regressor has small regret at predicting the outcomes it sees, an exploration rule built on top of it has small bandit regret. The bandit problem inherits whatever rate the regression oracle achieves."]
    }), "\n", createVNode(_components.p, {
      children: ["So the question becomes: how good is a neural network as an online regressor? Using standard results for wide networks, the authors note, one gets ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.009ex",
          height: "2.751ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -966 3098 1216",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "O(\\sqrt{T})",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D442",
              d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-N-221A",
              d: "M95 178Q89 178 81 186T72 200T103 230T169 280T207 309Q209 311 212 311H213Q219 311 227 294T281 177Q300 134 312 108L397 -77Q398 -77 501 136T707 565T814 786Q820 800 834 800Q841 800 846 794T853 782V776L620 293L385 -193Q381 -200 366 -200Q357 -200 354 -197Q352 -195 256 15L160 225L144 214Q129 202 113 190T95 178Z"
            }), createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D442",
                  "xlink:href": "#MJX-2-TEX-I-1D442"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(763,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-2-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msqrt",
                transform: "translate(1152,0)",
                children: [createVNode(_components.g, {
                  transform: "translate(853,0)",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D447",
                      "xlink:href": "#MJX-2-TEX-I-1D447"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0,106)",
                  children: createVNode(_components.use, {
                    "data-c": "221A",
                    "xlink:href": "#MJX-2-TEX-N-221A"
                  })
                }), createVNode(_components.rect, {
                  width: "704",
                  height: "60",
                  x: "853",
                  y: "846"
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2709,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-2-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " regret for online regression with the squared loss, which the reduction turns into about ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.206ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.626ex",
          height: "2.398ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -969 3812.7 1060",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sqrt{K}\\,T^{3/4}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-N-221A",
              d: "M95 178Q89 178 81 186T72 200T103 230T169 280T207 309Q209 311 212 311H213Q219 311 227 294T281 177Q300 134 312 108L397 -77Q398 -77 501 136T707 565T814 786Q820 800 834 800Q841 800 846 794T853 782V776L620 293L385 -193Q381 -200 366 -200Q357 -200 354 -197Q352 -195 256 15L160 225L144 214Q129 202 113 190T95 178Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D43E",
              d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-33",
              d: "M127 463Q100 463 85 480T69 524Q69 579 117 622T233 665Q268 665 277 664Q351 652 390 611T430 522Q430 470 396 421T302 350L299 348Q299 347 308 345T337 336T375 315Q457 262 457 175Q457 96 395 37T238 -22Q158 -22 100 21T42 130Q42 158 60 175T105 193Q133 193 151 175T169 130Q169 119 166 110T159 94T148 82T136 74T126 70T118 67L114 66Q165 21 238 21Q293 21 321 74Q338 107 338 175V195Q338 290 274 322Q259 328 213 329L171 330L168 332Q166 335 166 348Q166 366 174 366Q202 366 232 371Q266 376 294 413T322 525V533Q322 590 287 612Q265 626 240 626Q208 626 181 615T143 592T132 580H135Q138 579 143 578T153 573T165 566T175 555T183 540T186 520Q186 498 172 481T127 463Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-34",
              d: "M462 0Q444 3 333 3Q217 3 199 0H190V46H221Q241 46 248 46T265 48T279 53T286 61Q287 63 287 115V165H28V211L179 442Q332 674 334 675Q336 677 355 677H373L379 671V211H471V165H379V114Q379 73 379 66T385 54Q393 47 442 46H471V0H462ZM293 211V545L74 212L183 211H293Z"
            })]
          }), createVNode(_components.g, {
            stroke: "currentColor",
            fill: "currentColor",
            "stroke-width": "0",
            transform: "scale(1,-1)",
            children: createVNode(_components.g, {
              "data-mml-node": "math",
              children: [createVNode(_components.g, {
                "data-mml-node": "msqrt",
                children: [createVNode(_components.g, {
                  transform: "translate(853,0)",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D43E",
                      "xlink:href": "#MJX-3-TEX-I-1D43E"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0,109)",
                  children: createVNode(_components.use, {
                    "data-c": "221A",
                    "xlink:href": "#MJX-3-TEX-N-221A"
                  })
                }), createVNode(_components.rect, {
                  width: "889",
                  height: "60",
                  x: "853",
                  y: "849"
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mstyle",
                transform: "translate(1742,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mspace"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(1909,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D447",
                    "xlink:href": "#MJX-3-TEX-I-1D447"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(793,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mn",
                    children: createVNode(_components.use, {
                      "data-c": "33",
                      "xlink:href": "#MJX-3-TEX-N-33"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    transform: "translate(500,0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mo",
                      children: createVNode(_components.use, {
                        "data-c": "2F",
                        "xlink:href": "#MJX-3-TEX-N-2F"
                      })
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mn",
                    transform: "translate(1000,0)",
                    children: createVNode(_components.use, {
                      "data-c": "34",
                      "xlink:href": "#MJX-3-TEX-N-34"
                    })
                  })]
                })]
              })]
            })
          })]
        })
      }), " bandit regret. That is worse than the ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.206ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.534ex",
          height: "2.398ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -969 2446 1060",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sqrt{KT}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-N-221A",
              d: "M95 178Q89 178 81 186T72 200T103 230T169 280T207 309Q209 311 212 311H213Q219 311 227 294T281 177Q300 134 312 108L397 -77Q398 -77 501 136T707 565T814 786Q820 800 834 800Q841 800 846 794T853 782V776L620 293L385 -193Q381 -200 366 -200Q357 -200 354 -197Q352 -195 256 15L160 225L144 214Q129 202 113 190T95 178Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D43E",
              d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
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
                  transform: "translate(853,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D43E",
                      "xlink:href": "#MJX-4-TEX-I-1D43E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(889,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D447",
                      "xlink:href": "#MJX-4-TEX-I-1D447"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0,109)",
                  children: createVNode(_components.use, {
                    "data-c": "221A",
                    "xlink:href": "#MJX-4-TEX-N-221A"
                  })
                }), createVNode(_components.rect, {
                  width: "1593",
                  height: "60",
                  x: "853",
                  y: "849"
                })]
              })
            })
          })]
        })
      }), " rate achievable with simpler model classes. The authors also argue that existing regret bounds for neural contextual bandits are either linear in ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.593ex",
          height: "1.532ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -677 704 677",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "T",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
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
                  "data-c": "1D447",
                  "xlink:href": "#MJX-5-TEX-I-1D447"
                })
              })
            })
          })]
        })
      }), " in the worst case or assume i.i.d. contexts."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["The route to faster rates is a curvature condition. Online regression enjoys ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.348ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3689.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "O(\\log T)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D442",
              d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
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
              id: "MJX-6-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D442",
                  "xlink:href": "#MJX-6-TEX-I-1D442"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(763,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-6-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1152,0)",
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
                transform: "translate(2430,0)",
                children: createVNode(_components.use, {
                  "data-c": "2061",
                  "xlink:href": "#MJX-6-TEX-N-2061"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2596.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D447",
                  "xlink:href": "#MJX-6-TEX-I-1D447"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3300.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-6-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " regret when each round’s loss, as a function of the parameters ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.023ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.061ex",
          height: "1.618ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 469 715",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\theta",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-7-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
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
                  "data-c": "1D703",
                  "xlink:href": "#MJX-7-TEX-I-1D703"
                })
              })
            })
          })]
        })
      }), ", is almost convex and satisfies ", createVNode(_components.em, {
        children: "quadratic growth"
      }), " (QG) around a unique minimiser ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.023ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.049ex",
          height: "1.618ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 905.6 715",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\theta^{\\ast}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
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
                    "data-c": "1D703",
                    "xlink:href": "#MJX-8-TEX-I-1D703"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2217",
                      "xlink:href": "#MJX-8-TEX-N-2217"
                    })
                  })
                })]
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
        minWidth: "37.43ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.475ex",
          minWidth: "37.43ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "4.081ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{L}(\\theta) - \\mathcal{L}(\\theta^{\\ast}) \\ge \\frac{\\mu}{2}\\,\\|\\theta - \\theta^{\\ast}\\|^2, \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-9-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-2217",
            d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-2265",
            d: "M83 616Q83 624 89 630T99 636Q107 636 253 568T543 431T687 361Q694 356 694 346T687 331Q685 329 395 192L107 56H101Q83 58 83 76Q83 77 83 79Q82 86 98 95Q117 105 248 167Q326 204 378 228L626 346L360 472Q291 505 200 548Q112 589 98 597T83 616ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-I-1D707",
            d: "M58 -216Q44 -216 34 -208T23 -186Q23 -176 96 116T173 414Q186 442 219 442Q231 441 239 435T249 423T251 413Q251 401 220 279T187 142Q185 131 185 107V99Q185 26 252 26Q261 26 270 27T287 31T302 38T315 45T327 55T338 65T348 77T356 88T365 100L372 110L408 253Q444 395 448 404Q461 431 491 431Q504 431 512 424T523 412T525 402L449 84Q448 79 448 68Q448 43 455 35T476 26Q485 27 496 35Q517 55 537 131Q543 151 547 152Q549 153 557 153H561Q580 153 580 144Q580 138 575 117T555 63T523 13Q510 0 491 -8Q483 -10 467 -10Q446 -10 429 -4T402 11T385 29T376 44T374 51L368 45Q362 39 350 30T324 12T288 -4T246 -11Q199 -11 153 12L129 -85Q108 -167 104 -180T92 -202Q76 -216 58 -216Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-2225",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-9-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1152)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1152) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "6194.1 -1152 1 1804",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,34)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-9-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(690,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-9-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1079,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D703",
                            "xlink:href": "#MJX-9-TEX-I-1D703"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1548,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-9-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2159.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-9-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(3159.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-9-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3849.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-9-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(4238.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-9-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(502,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "2217",
                                "xlink:href": "#MJX-9-TEX-N-2217"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5144,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-9-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5810.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2265",
                            "xlink:href": "#MJX-9-TEX-N-2265"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(6866.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(220,676)",
                            children: createVNode(_components.use, {
                              "data-c": "1D707",
                              "xlink:href": "#MJX-9-TEX-I-1D707"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mn",
                            transform: "translate(271.5,-686)",
                            children: createVNode(_components.use, {
                              "data-c": "32",
                              "xlink:href": "#MJX-9-TEX-N-32"
                            })
                          }), createVNode(_components.rect, {
                            width: "803",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(7909.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8076.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2225",
                            "xlink:href": "#MJX-9-TEX-N-2225"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8576.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D703",
                            "xlink:href": "#MJX-9-TEX-I-1D703"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9267.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-9-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(10268,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-9-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(502,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "2217",
                                "xlink:href": "#MJX-9-TEX-N-2217"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(11173.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2225",
                              "xlink:href": "#MJX-9-TEX-N-2225"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mn",
                            transform: "translate(533,413) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "32",
                              "xlink:href": "#MJX-9-TEX-N-32"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12110.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-9-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1152 1 1804",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,784)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-9-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-9-TEX-N-31",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-9-TEX-N-29",
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
            verticalAlign: "-0.05ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.561ex",
          height: "1.645ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 690 727",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{L}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-10-TEX-C-4C",
              d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
            })
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
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "4C",
                    "xlink:href": "#MJX-10-TEX-C-4C"
                  })
                })
              })
            })
          })]
        })
      }), " is the loss, ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.489ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.513ex",
          height: "1.995ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -666 2436.6 882",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mu \\gt 0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D707",
              d: "M58 -216Q44 -216 34 -208T23 -186Q23 -176 96 116T173 414Q186 442 219 442Q231 441 239 435T249 423T251 413Q251 401 220 279T187 142Q185 131 185 107V99Q185 26 252 26Q261 26 270 27T287 31T302 38T315 45T327 55T338 65T348 77T356 88T365 100L372 110L408 253Q444 395 448 404Q461 431 491 431Q504 431 512 424T523 412T525 402L449 84Q448 79 448 68Q448 43 455 35T476 26Q485 27 496 35Q517 55 537 131Q543 151 547 152Q549 153 557 153H561Q580 153 580 144Q580 138 575 117T555 63T523 13Q510 0 491 -8Q483 -10 467 -10Q446 -10 429 -4T402 11T385 29T376 44T374 51L368 45Q362 39 350 30T324 12T288 -4T246 -11Q199 -11 153 12L129 -85Q108 -167 104 -180T92 -202Q76 -216 58 -216Z"
            }), createVNode(_components.path, {
              id: "MJX-11-TEX-N-3E",
              d: "M84 520Q84 528 88 533T96 539L99 540Q106 540 253 471T544 334L687 265Q694 260 694 250T687 235Q685 233 395 96L107 -40H101Q83 -38 83 -20Q83 -19 83 -17Q82 -10 98 -1Q117 9 248 71Q326 108 378 132L626 250L378 368Q90 504 86 509Q84 513 84 520Z"
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
              children: [createVNode(_components.g, {
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "1D707",
                  "xlink:href": "#MJX-11-TEX-I-1D707"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(880.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3E",
                  "xlink:href": "#MJX-11-TEX-N-3E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1936.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "30",
                  "xlink:href": "#MJX-11-TEX-N-30"
                })
              })]
            })
          })]
        })
      }), " is the growth constant, and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.023ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.049ex",
          height: "1.618ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 905.6 715",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\theta^{\\ast}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
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
                    "data-c": "1D703",
                    "xlink:href": "#MJX-12-TEX-I-1D703"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(502,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2217",
                      "xlink:href": "#MJX-12-TEX-N-2217"
                    })
                  })
                })]
              })
            })
          })]
        })
      }), " is the minimiser. QG generalises the Polyak–Łojasiewicz condition. The catch is that wide networks do not have unique minimisers: many parameter settings fit the data equally well, so Eq. (1) fails."]
    }), "\n", createVNode(_components.p, {
      children: ["The authors’ fix is to add a suitable small random perturbation to the network’s predictions. They show that, with this perturbation, the loss satisfies QG with a unique minimiser, which restores ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.348ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3689.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "O(\\log T)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D442",
              d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
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
              id: "MJX-13-TEX-I-1D447",
              d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
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
                  "data-c": "1D442",
                  "xlink:href": "#MJX-13-TEX-I-1D442"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(763,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-13-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1152,0)",
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
                transform: "translate(2430,0)",
                children: createVNode(_components.use, {
                  "data-c": "2061",
                  "xlink:href": "#MJX-13-TEX-N-2061"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2596.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D447",
                  "xlink:href": "#MJX-13-TEX-I-1D447"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3300.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-13-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " online-regression regret for both the squared loss and a KL (log) loss."]
    }), "\n", createVNode(_components.p, {
      children: ["The bandit algorithm then follows the reduction. For the squared loss, actions are drawn by inverse-gap weighting around the regressor’s predictions ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "4.831ex",
          height: "2.398ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -810 2135.3 1060",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\widehat{y}_t(a)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-2C6",
              d: "M112 560L249 694L257 686Q387 562 387 560L361 531Q359 532 303 581L250 627L195 580Q182 569 169 557T148 538L140 532Q138 530 125 546L112 560Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D44E",
              d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
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
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-14-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(300.6,16) translate(-250 0)",
                      children: createVNode(_components.use, {
                        "data-c": "2C6",
                        "xlink:href": "#MJX-14-TEX-N-2C6"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(523,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-14-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(828.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-14-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1217.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44E",
                  "xlink:href": "#MJX-14-TEX-I-1D44E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1746.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-14-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " of each action’s loss:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "76.7ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.508ex",
          minWidth: "76.7ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.148ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "p_t(a) = \\frac{1}{K + \\gamma\\,\\big(\\widehat{y}_t(a) - \\widehat{y}_t(b_t)\\big)} \\quad (a \\ne b_t), \\qquad p_t(b_t) = 1 - \\sum_{a \\ne b_t} p_t(a), \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D44E",
            d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D43E",
            d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D6FE",
            d: "M31 249Q11 249 11 258Q11 275 26 304T66 365T129 418T206 441Q233 441 239 440Q287 429 318 386T371 255Q385 195 385 170Q385 166 386 166L398 193Q418 244 443 300T486 391T508 430Q510 431 524 431H537Q543 425 543 422Q543 418 522 378T463 251T391 71Q385 55 378 6T357 -100Q341 -165 330 -190T303 -216Q286 -216 286 -188Q286 -138 340 32L346 51L347 69Q348 79 348 100Q348 257 291 317Q251 355 196 355Q148 355 108 329T51 260Q49 251 47 251Q45 249 31 249Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2C6",
            d: "M112 560L249 694L257 686Q387 562 387 560L361 531Q359 532 303 581L250 627L195 580Q182 569 169 557T148 538L140 532Q138 530 125 546L112 560Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D44F",
            d: "M73 647Q73 657 77 670T89 683Q90 683 161 688T234 694Q246 694 246 685T212 542Q204 508 195 472T180 418L176 399Q176 396 182 402Q231 442 283 442Q345 442 383 396T422 280Q422 169 343 79T173 -11Q123 -11 82 27T40 150V159Q40 180 48 217T97 414Q147 611 147 623T109 637Q104 637 101 637H96Q86 637 83 637T76 640T73 647ZM336 325V331Q336 405 275 405Q258 405 240 397T207 376T181 352T163 330L157 322L136 236Q114 150 114 114Q114 66 138 42Q154 26 178 26Q211 26 245 58Q270 81 285 114T318 219Q336 291 336 325Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2260",
            d: "M166 -215T159 -215T147 -212T141 -204T139 -197Q139 -190 144 -183L306 133H70Q56 140 56 153Q56 168 72 173H327L406 327H72Q56 332 56 347Q56 360 70 367H426Q597 702 602 707Q605 716 618 716Q625 716 630 712T636 703T638 696Q638 692 471 367H707Q722 359 722 347Q722 336 708 328L451 327L371 173H708Q722 163 722 153Q722 140 707 133H351Q175 -210 170 -212Q166 -215 159 -215Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1608.7)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1608.7) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "14872.6 -1608.7 1 2717.3",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,266.7)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45D",
                              "xlink:href": "#MJX-15-TEX-I-1D45D"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(536,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-15-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(841.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1230.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44E",
                            "xlink:href": "#MJX-15-TEX-I-1D44E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1759.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2426,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-15-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(3481.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mn",
                            transform: "translate(4704.3,676)",
                            children: createVNode(_components.use, {
                              "data-c": "31",
                              "xlink:href": "#MJX-15-TEX-N-31"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-809.5)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D43E",
                                "xlink:href": "#MJX-15-TEX-I-1D43E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1111.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2B",
                                "xlink:href": "#MJX-15-TEX-N-2B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(2111.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D6FE",
                                "xlink:href": "#MJX-15-TEX-I-1D6FE"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(2654.4,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(2821.4,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-15-TEX-SO-28"
                                })
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(3279.4,0)",
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
                                    transform: "translate(300.6,16) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "2C6",
                                      "xlink:href": "#MJX-15-TEX-N-2C6"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-15-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4107.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-15-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(4496.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D44E",
                                "xlink:href": "#MJX-15-TEX-I-1D44E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5025.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-15-TEX-N-29"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5636.9,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-15-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(6637.2,0)",
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
                                    transform: "translate(300.6,16) translate(-250 0)",
                                    children: createVNode(_components.use, {
                                      "data-c": "2C6",
                                      "xlink:href": "#MJX-15-TEX-N-2C6"
                                    })
                                  })]
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(523,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-15-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(7465.4,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-15-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(7854.4,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D44F",
                                  "xlink:href": "#MJX-15-TEX-I-1D44F"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(462,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-15-TEX-I-1D461"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(8621.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-15-TEX-N-29"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              transform: "translate(9010.7,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-15-TEX-SO-29"
                                })
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "9668.7",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(13390.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14390.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14779.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44E",
                            "xlink:href": "#MJX-15-TEX-I-1D44E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(15586.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2260",
                            "xlink:href": "#MJX-15-TEX-N-2260"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(16642.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D44F",
                              "xlink:href": "#MJX-15-TEX-I-1D44F"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(462,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-15-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17409.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17798.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-15-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(18076.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(20243,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45D",
                              "xlink:href": "#MJX-15-TEX-I-1D45D"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(536,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-15-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21084.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(21473.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D44F",
                              "xlink:href": "#MJX-15-TEX-I-1D44F"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(462,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-15-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22240.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22907.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-15-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mn",
                          transform: "translate(23963.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-15-TEX-N-31"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(24685.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-15-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(25685.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(11.4,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-15-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(0,-1123.3) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D44E",
                                "xlink:href": "#MJX-15-TEX-I-1D44E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(529,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2260",
                                "xlink:href": "#MJX-15-TEX-N-2260"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msub",
                              transform: "translate(1307,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D44F",
                                  "xlink:href": "#MJX-15-TEX-I-1D44F"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(462,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D461",
                                  "xlink:href": "#MJX-15-TEX-I-1D461"
                                })
                              })]
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(27318.9,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45D",
                              "xlink:href": "#MJX-15-TEX-I-1D45D"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(536,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-15-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(28160.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(28549.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44E",
                            "xlink:href": "#MJX-15-TEX-I-1D44E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(29078.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(29467.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-15-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1608.7 1 2717.3",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,1016.7)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "32",
                            "xlink:href": "#MJX-15-TEX-N-32",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29",
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
          width: "1.736ex",
          height: "1.927ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 767.3 851.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "b_t",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D44F",
              d: "M73 647Q73 657 77 670T89 683Q90 683 161 688T234 694Q246 694 246 685T212 542Q204 508 195 472T180 418L176 399Q176 396 182 402Q231 442 283 442Q345 442 383 396T422 280Q422 169 343 79T173 -11Q123 -11 82 27T40 150V159Q40 180 48 217T97 414Q147 611 147 623T109 637Q104 637 101 637H96Q86 637 83 637T76 640T73 647ZM336 325V331Q336 405 275 405Q258 405 240 397T207 376T181 352T163 330L157 322L136 236Q114 150 114 114Q114 66 138 42Q154 26 178 26Q211 26 245 58Q270 81 285 114T318 219Q336 291 336 325Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D461",
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
                    "data-c": "1D44F",
                    "xlink:href": "#MJX-16-TEX-I-1D44F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(462,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-16-TEX-I-1D461"
                  })
                })]
              })
            })
          })]
        })
      }), " is the action with the smallest predicted loss and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.489ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.229ex",
          height: "1.486ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -441 543 657",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\gamma",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D6FE",
              d: "M31 249Q11 249 11 258Q11 275 26 304T66 365T129 418T206 441Q233 441 239 440Q287 429 318 386T371 255Q385 195 385 170Q385 166 386 166L398 193Q418 244 443 300T486 391T508 430Q510 431 524 431H537Q543 425 543 422Q543 418 522 378T463 251T391 71Q385 55 378 6T357 -100Q341 -165 330 -190T303 -216Q286 -216 286 -188Q286 -138 340 32L346 51L347 69Q348 79 348 100Q348 257 291 317Q251 355 196 355Q148 355 108 329T51 260Q49 251 47 251Q45 249 31 249Z"
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
                  "data-c": "1D6FE",
                  "xlink:href": "#MJX-17-TEX-I-1D6FE"
                })
              })
            })
          })]
        })
      }), " sets how greedily the learner exploits. Actions that look only slightly worse are still tried often; clearly bad ones rarely."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.ul, {
      children: ["\n", createVNode(_components.li, {
        children: [createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.566ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "8.348ex",
            height: "2.262ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -750 3689.7 1000",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "O(\\log T)",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-18-TEX-I-1D442",
                d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-28",
                d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-6C",
                d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-6F",
                d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-67",
                d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-2061",
                d: ""
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-I-1D447",
                d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
              }), createVNode(_components.path, {
                id: "MJX-18-TEX-N-29",
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
                    "data-c": "1D442",
                    "xlink:href": "#MJX-18-TEX-I-1D442"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(763,0)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-18-TEX-N-28"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(1152,0)",
                  children: [createVNode(_components.use, {
                    "data-c": "6C",
                    "xlink:href": "#MJX-18-TEX-N-6C"
                  }), createVNode(_components.use, {
                    "data-c": "6F",
                    "xlink:href": "#MJX-18-TEX-N-6F",
                    transform: "translate(278,0)"
                  }), createVNode(_components.use, {
                    "data-c": "67",
                    "xlink:href": "#MJX-18-TEX-N-67",
                    transform: "translate(778,0)"
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(2430,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2061",
                    "xlink:href": "#MJX-18-TEX-N-2061"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(2596.7,0)",
                  children: createVNode(_components.use, {
                    "data-c": "1D447",
                    "xlink:href": "#MJX-18-TEX-I-1D447"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(3300.7,0)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-18-TEX-N-29"
                  })
                })]
              })
            })]
          })
        }), " regret for online regression with almost convex, QG losses that have a unique minimum, and the same rate for perturbed wide networks under the squared and KL losses."]
      }), "\n", createVNode(_components.li, {
        children: ["Via the reductions, ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.566ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "9.02ex",
            height: "2.905ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -1034 3987 1284",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\widetilde{O}(\\sqrt{KT})",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-19-TEX-I-1D442",
                d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-SO-2DC",
                d: "M374 597Q337 597 269 627T160 658Q101 658 34 606L24 597L12 611Q1 624 1 626Q1 627 27 648T55 671Q120 722 182 722Q219 722 286 692T395 661Q454 661 521 713L531 722L543 708Q554 695 554 693Q554 692 528 671T500 648Q434 597 374 597Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-N-28",
                d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-N-221A",
                d: "M95 178Q89 178 81 186T72 200T103 230T169 280T207 309Q209 311 212 311H213Q219 311 227 294T281 177Q300 134 312 108L397 -77Q398 -77 501 136T707 565T814 786Q820 800 834 800Q841 800 846 794T853 782V776L620 293L385 -193Q381 -200 366 -200Q357 -200 354 -197Q352 -195 256 15L160 225L144 214Q129 202 113 190T95 178Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-I-1D43E",
                d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-I-1D447",
                d: "M40 437Q21 437 21 445Q21 450 37 501T71 602L88 651Q93 669 101 677H569H659Q691 677 697 676T704 667Q704 661 687 553T668 444Q668 437 649 437Q640 437 637 437T631 442L629 445Q629 451 635 490T641 551Q641 586 628 604T573 629Q568 630 515 631Q469 631 457 630T439 622Q438 621 368 343T298 60Q298 48 386 46Q418 46 427 45T436 36Q436 31 433 22Q429 4 424 1L422 0Q419 0 415 0Q410 0 363 1T228 2Q99 2 64 0H49Q43 6 43 9T45 27Q49 40 55 46H83H94Q174 46 189 55Q190 56 191 56Q196 59 201 76T241 233Q258 301 269 344Q339 619 339 625Q339 630 310 630H279Q212 630 191 624Q146 614 121 583T67 467Q60 445 57 441T43 437H40Z"
              }), createVNode(_components.path, {
                id: "MJX-19-TEX-N-29",
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
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D442",
                        "xlink:href": "#MJX-19-TEX-I-1D442"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(464.8,212) translate(-278 0)",
                      children: createVNode(_components.use, {
                        "data-c": "2DC",
                        "xlink:href": "#MJX-19-TEX-SO-2DC"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(763,0)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-19-TEX-N-28"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "msqrt",
                  transform: "translate(1152,0)",
                  children: [createVNode(_components.g, {
                    transform: "translate(853,0)",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D43E",
                        "xlink:href": "#MJX-19-TEX-I-1D43E"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(889,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D447",
                        "xlink:href": "#MJX-19-TEX-I-1D447"
                      })
                    })]
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(0,109)",
                    children: createVNode(_components.use, {
                      "data-c": "221A",
                      "xlink:href": "#MJX-19-TEX-N-221A"
                    })
                  }), createVNode(_components.rect, {
                    width: "1593",
                    height: "60",
                    x: "853",
                    y: "849"
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(3598,0)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-19-TEX-N-29"
                  })
                })]
              })
            })]
          })
        }), " regret for neural contextual bandits with the squared loss, and ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.566ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "14.733ex",
            height: "2.905ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -1034 6512 1284",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\widetilde{O}(\\sqrt{KL^{\\ast}} + K)",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-20-TEX-I-1D442",
                d: "M740 435Q740 320 676 213T511 42T304 -22Q207 -22 138 35T51 201Q50 209 50 244Q50 346 98 438T227 601Q351 704 476 704Q514 704 524 703Q621 689 680 617T740 435ZM637 476Q637 565 591 615T476 665Q396 665 322 605Q242 542 200 428T157 216Q157 126 200 73T314 19Q404 19 485 98T608 313Q637 408 637 476Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-SO-2DC",
                d: "M374 597Q337 597 269 627T160 658Q101 658 34 606L24 597L12 611Q1 624 1 626Q1 627 27 648T55 671Q120 722 182 722Q219 722 286 692T395 661Q454 661 521 713L531 722L543 708Q554 695 554 693Q554 692 528 671T500 648Q434 597 374 597Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-N-28",
                d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-N-221A",
                d: "M95 178Q89 178 81 186T72 200T103 230T169 280T207 309Q209 311 212 311H213Q219 311 227 294T281 177Q300 134 312 108L397 -77Q398 -77 501 136T707 565T814 786Q820 800 834 800Q841 800 846 794T853 782V776L620 293L385 -193Q381 -200 366 -200Q357 -200 354 -197Q352 -195 256 15L160 225L144 214Q129 202 113 190T95 178Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-I-1D43E",
                d: "M285 628Q285 635 228 637Q205 637 198 638T191 647Q191 649 193 661Q199 681 203 682Q205 683 214 683H219Q260 681 355 681Q389 681 418 681T463 682T483 682Q500 682 500 674Q500 669 497 660Q496 658 496 654T495 648T493 644T490 641T486 639T479 638T470 637T456 637Q416 636 405 634T387 623L306 305Q307 305 490 449T678 597Q692 611 692 620Q692 635 667 637Q651 637 651 648Q651 650 654 662T659 677Q662 682 676 682Q680 682 711 681T791 680Q814 680 839 681T869 682Q889 682 889 672Q889 650 881 642Q878 637 862 637Q787 632 726 586Q710 576 656 534T556 455L509 418L518 396Q527 374 546 329T581 244Q656 67 661 61Q663 59 666 57Q680 47 717 46H738Q744 38 744 37T741 19Q737 6 731 0H720Q680 3 625 3Q503 3 488 0H478Q472 6 472 9T474 27Q478 40 480 43T491 46H494Q544 46 544 71Q544 75 517 141T485 216L427 354L359 301L291 248L268 155Q245 63 245 58Q245 51 253 49T303 46H334Q340 37 340 35Q340 19 333 5Q328 0 317 0Q314 0 280 1T180 2Q118 2 85 2T49 1Q31 1 31 11Q31 13 34 25Q38 41 42 43T65 46Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-I-1D43F",
                d: "M228 637Q194 637 192 641Q191 643 191 649Q191 673 202 682Q204 683 217 683Q271 680 344 680Q485 680 506 683H518Q524 677 524 674T522 656Q517 641 513 637H475Q406 636 394 628Q387 624 380 600T313 336Q297 271 279 198T252 88L243 52Q243 48 252 48T311 46H328Q360 46 379 47T428 54T478 72T522 106T564 161Q580 191 594 228T611 270Q616 273 628 273H641Q647 264 647 262T627 203T583 83T557 9Q555 4 553 3T537 0T494 -1Q483 -1 418 -1T294 0H116Q32 0 32 10Q32 17 34 24Q39 43 44 45Q48 46 59 46H65Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Q285 635 228 637Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-N-2217",
                d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-N-2B",
                d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
              }), createVNode(_components.path, {
                id: "MJX-20-TEX-N-29",
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
                    "data-mml-node": "mover",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D442",
                        "xlink:href": "#MJX-20-TEX-I-1D442"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(464.8,212) translate(-278 0)",
                      children: createVNode(_components.use, {
                        "data-c": "2DC",
                        "xlink:href": "#MJX-20-TEX-SO-2DC"
                      })
                    })]
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(763,0)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-20-TEX-N-28"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "msqrt",
                  transform: "translate(1152,0)",
                  children: [createVNode(_components.g, {
                    transform: "translate(853,0)",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D43E",
                        "xlink:href": "#MJX-20-TEX-I-1D43E"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "msup",
                      transform: "translate(889,0)",
                      children: [createVNode(_components.g, {
                        "data-mml-node": "mi",
                        children: createVNode(_components.use, {
                          "data-c": "1D43F",
                          "xlink:href": "#MJX-20-TEX-I-1D43F"
                        })
                      }), createVNode(_components.g, {
                        "data-mml-node": "TeXAtom",
                        transform: "translate(714,289) scale(0.707)",
                        "data-mjx-texclass": "ORD",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mo",
                          children: createVNode(_components.use, {
                            "data-c": "2217",
                            "xlink:href": "#MJX-20-TEX-N-2217"
                          })
                        })
                      })]
                    })]
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(0,109)",
                    children: createVNode(_components.use, {
                      "data-c": "221A",
                      "xlink:href": "#MJX-20-TEX-N-221A"
                    })
                  }), createVNode(_components.rect, {
                    width: "2006.6",
                    height: "60",
                    x: "853",
                    y: "849"
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(4233.8,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2B",
                    "xlink:href": "#MJX-20-TEX-N-2B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(5234,0)",
                  children: createVNode(_components.use, {
                    "data-c": "1D43E",
                    "xlink:href": "#MJX-20-TEX-I-1D43E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(6123,0)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-20-TEX-N-29"
                  })
                })]
              })
            })]
          })
        }), " with the KL loss, where ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "0"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "2.528ex",
            height: "1.565ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -691.8 1117.6 691.8",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "L^{\\ast}",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-21-TEX-I-1D43F",
                d: "M228 637Q194 637 192 641Q191 643 191 649Q191 673 202 682Q204 683 217 683Q271 680 344 680Q485 680 506 683H518Q524 677 524 674T522 656Q517 641 513 637H475Q406 636 394 628Q387 624 380 600T313 336Q297 271 279 198T252 88L243 52Q243 48 252 48T311 46H328Q360 46 379 47T428 54T478 72T522 106T564 161Q580 191 594 228T611 270Q616 273 628 273H641Q647 264 647 262T627 203T583 83T557 9Q555 4 553 3T537 0T494 -1Q483 -1 418 -1T294 0H116Q32 0 32 10Q32 17 34 24Q39 43 44 45Q48 46 59 46H65Q92 46 125 49Q139 52 144 61Q147 65 216 339T285 628Q285 635 228 637Z"
              }), createVNode(_components.path, {
                id: "MJX-21-TEX-N-2217",
                d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
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
                      "data-c": "1D43F",
                      "xlink:href": "#MJX-21-TEX-I-1D43F"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    transform: "translate(714,363) scale(0.707)",
                    "data-mjx-texclass": "ORD",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mo",
                      children: createVNode(_components.use, {
                        "data-c": "2217",
                        "xlink:href": "#MJX-21-TEX-N-2217"
                      })
                    })
                  })]
                })
              })
            })]
          })
        }), " is the cumulative loss of the best policy. The second bound is small when the best policy rarely errs."]
      }), "\n", createVNode(_components.li, {
        children: "These hold for adversarially chosen contexts, not only i.i.d. ones."
      }), "\n", createVNode(_components.li, {
        children: "Experiments on several datasets in which the proposed algorithms, especially the KL-loss version, outperform existing neural bandit methods."
      }), "\n"]
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: [createVNode(_components.a, {
        href: "/papers/feedback-switching-costs/",
        children: "The switching-costs paper"
      }), " studies the same bandit-versus-full-information tension without contexts, and shows how much feedback is worth. ", createVNode(_components.a, {
        href: "/papers/llm-agents-regret/",
        children: "The LLM-agents regret study"
      }), " asks whether a large pre-trained model can act as a no-regret learner, while this paper builds one from a network explicitly. And ", createVNode(_components.a, {
        href: "/papers/model-based-transfer-contextual-rl/",
        children: "model-based transfer for contextual RL"
      }), " faces a related choice, which task to train on next, with Gaussian-process exploration rather than inverse-gap weighting."]
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

const url = "content/papers/contextual-bandits-neural-regression.mdx/";
const file = "/work/main/content/papers/contextual-bandits-neural-regression.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/contextual-bandits-neural-regression.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
