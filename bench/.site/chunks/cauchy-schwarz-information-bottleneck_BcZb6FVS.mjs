import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Cauchy-Schwarz Divergence Information Bottleneck for Regression",
  "arxiv": "2404.17951",
  "authors": ["Shujian Yu", "Xi Yu", "Sigurd Løkse", "Robert Jenssen", "José C. Príncipe"],
  "year": 2024,
  "venue": "ICLR 2024",
  "code": "https://github.com/SJYuCNEL/Cauchy-Schwarz-Information-Bottleneck",
  "topics": ["loss-functions", "learning-theory"],
  "summary": "An information bottleneck for regression built on the Cauchy-Schwarz divergence: both terms are estimated from kernel matrices, with no Gaussian assumption on the noise and no variational bound.",
  "related": ["cross-entropy-loss-theory", "compressing-features-noisy-labels", "discriminative-vs-generative"]
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
      children: "The information bottleneck is an appealing recipe for representation learning: keep what predicts the target, discard everything else about the input. In practice, deep versions of it for regression usually collapse into mean squared error plus a variational compression penalty, which quietly assumes Gaussian noise. This paper rebuilds the bottleneck on a different divergence, the Cauchy-Schwarz divergence, whose estimates need only pairwise kernel evaluations between samples."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["The information bottleneck (IB) looks for a representation ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.817ex",
          height: "1.441ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -626 361 637",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "t",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                  "data-c": "1D461",
                  "xlink:href": "#MJX-1-TEX-I-1D461"
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
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.294ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 572 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "x",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
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
                  "data-c": "1D465",
                  "xlink:href": "#MJX-2-TEX-I-1D465"
                })
              })
            })
          })]
        })
      }), " that is as compressed as possible while remaining predictive of the target ", createVNode(_component0, {
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
              id: "MJX-3-TEX-I-1D466",
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
                  "xlink:href": "#MJX-3-TEX-I-1D466"
                })
              })
            })
          })]
        })
      }), ". Both quantities are mutual informations, normally defined through the Kullback-Leibler (KL) divergence. For regression this has two consequences that the authors want to avoid. The prediction term, under a Gaussian assumption on ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "6.709ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2965.6 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p(y \\mid t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
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
              id: "MJX-4-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-29",
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
                  "data-c": "1D45D",
                  "xlink:href": "#MJX-4-TEX-I-1D45D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(503,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-4-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(892,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D466",
                  "xlink:href": "#MJX-4-TEX-I-1D466"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1659.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "2223",
                  "xlink:href": "#MJX-4-TEX-N-2223"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2215.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-4-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2576.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-4-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ", reduces to the mean squared error, so the method inherits MSE’s assumptions about the noise. The compression term has no closed form and is usually replaced by a variational upper bound, which adds distributional assumptions of its own."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: "The IB trade-off is"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "32.843ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.157ex",
          minWidth: "32.843ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "3.445ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\min_{\\theta} \\; -I(y; t) + \\beta\\, I(x; t), \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-5-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-69",
            d: "M69 609Q69 637 87 653T131 669Q154 667 171 652T188 609Q188 579 171 564T129 549Q104 549 87 564T69 609ZM247 0Q232 3 143 3Q132 3 106 3T56 1L34 0H26V46H42Q70 46 91 49Q100 53 102 60T104 102V205V293Q104 345 102 359T88 378Q74 385 41 385H30V408Q30 431 32 431L42 432Q52 433 70 434T106 436Q123 437 142 438T171 441T182 442H185V62Q190 52 197 50T232 46H255V0H247Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-6E",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q450 438 463 329Q464 322 464 190V104Q464 66 466 59T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D43C",
            d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-5-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1011.3)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1011.3) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "5180.2 -1011.3 1 1522.6",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,261.3)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "munder",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-5-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "69",
                              "xlink:href": "#MJX-5-TEX-N-69",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "6E",
                              "xlink:href": "#MJX-5-TEX-N-6E",
                              transform: "translate(1111,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(667.7,-665.5) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D703",
                                "xlink:href": "#MJX-5-TEX-I-1D703"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(1667,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2111.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-5-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2889.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D43C",
                            "xlink:href": "#MJX-5-TEX-I-1D43C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3393.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3782.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-5-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4272.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-5-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(4717.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D461",
                            "xlink:href": "#MJX-5-TEX-I-1D461"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5078.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5689.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-5-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(6689.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-5-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(7255.8,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7422.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D43C",
                            "xlink:href": "#MJX-5-TEX-I-1D43C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7926.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-5-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8315.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-5-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8887.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-5-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9332.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D461",
                            "xlink:href": "#MJX-5-TEX-I-1D461"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9693.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-5-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10082.4,0)",
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
                  viewBox: "1278 -1011.3 1 1522.6",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,1011.3)",
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
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.817ex",
          height: "1.441ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -626 361 637",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "t",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                  "data-c": "1D461",
                  "xlink:href": "#MJX-6-TEX-I-1D461"
                })
              })
            })
          })]
        })
      }), " is the representation computed by the encoder with parameters ", createVNode(_component0, {
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
      }), ", ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.542ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2449.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "I(\\cdot\\,;\\cdot)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D43C",
              d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-22C5",
              d: "M78 250Q78 274 95 292T138 310Q162 310 180 294T199 251Q199 226 182 208T139 190T96 207T78 250Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-3B",
              d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-29",
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
                  "xlink:href": "#MJX-8-TEX-I-1D43C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(504,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-8-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(893,0)",
                children: createVNode(_components.use, {
                  "data-c": "22C5",
                  "xlink:href": "#MJX-8-TEX-N-22C5"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mstyle",
                transform: "translate(1171,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mspace"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1338,0)",
                children: createVNode(_components.use, {
                  "data-c": "3B",
                  "xlink:href": "#MJX-8-TEX-N-3B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1782.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "22C5",
                  "xlink:href": "#MJX-8-TEX-N-22C5"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2060.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-8-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is mutual information and ", createVNode(_component0, {
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
              id: "MJX-9-TEX-I-1D6FD",
              d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-3E",
              d: "M84 520Q84 528 88 533T96 539L99 540Q106 540 253 471T544 334L687 265Q694 260 694 250T687 235Q685 233 395 96L107 -40H101Q83 -38 83 -20Q83 -19 83 -17Q82 -10 98 -1Q117 9 248 71Q326 108 378 132L626 250L378 368Q90 504 86 509Q84 513 84 520Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-30",
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
                  "xlink:href": "#MJX-9-TEX-I-1D6FD"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(843.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3E",
                  "xlink:href": "#MJX-9-TEX-N-3E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1899.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "30",
                  "xlink:href": "#MJX-9-TEX-N-30"
                })
              })]
            })
          })]
        })
      }), " sets how strongly compression is favoured over prediction."]
    }), "\n", createVNode(_components.p, {
      children: ["The authors replace the KL divergence with the Cauchy-Schwarz (CS) divergence between two densities ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.138ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 503 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
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
                  "data-c": "1D45D",
                  "xlink:href": "#MJX-10-TEX-I-1D45D"
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
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.041ex",
          height: "1.439ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 460 636",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "q",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D45E",
              d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
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
                  "data-c": "1D45E",
                  "xlink:href": "#MJX-11-TEX-I-1D45E"
                })
              })
            })
          })]
        })
      }), ","]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "48.642ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.747ex",
          minWidth: "48.642ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.624ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "D_{\\mathrm{CS}}(p \\,\\Vert\\, q) = -\\log \\frac{\\left(\\int p(z)\\, q(z)\\, dz\\right)^2}{\\int p(z)^2\\, dz \\,\\int q(z)^2\\, dz}. \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D437",
            d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-43",
            d: "M56 342Q56 428 89 500T174 615T283 681T391 705Q394 705 400 705T408 704Q499 704 569 636L582 624L612 663Q639 700 643 704Q644 704 647 704T653 705H657Q660 705 666 699V419L660 413H626Q620 419 619 430Q610 512 571 572T476 651Q457 658 426 658Q322 658 252 588Q173 509 173 342Q173 221 211 151Q232 111 263 84T328 45T384 29T428 24Q517 24 571 93T626 244Q626 251 632 257H660L666 251V236Q661 133 590 56T403 -21Q262 -21 159 83T56 342Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-53",
            d: "M55 507Q55 590 112 647T243 704H257Q342 704 405 641L426 672Q431 679 436 687T446 700L449 704Q450 704 453 704T459 705H463Q466 705 472 699V462L466 456H448Q437 456 435 459T430 479Q413 605 329 646Q292 662 254 662Q201 662 168 626T135 542Q135 508 152 480T200 435Q210 431 286 412T370 389Q427 367 463 314T500 191Q500 110 448 45T301 -21Q245 -21 201 -4T140 27L122 41Q118 36 107 21T87 -7T78 -21Q76 -22 68 -22H64Q61 -22 55 -16V101Q55 220 56 222Q58 227 76 227H89Q95 221 95 214Q95 182 105 151T139 90T205 42T305 24Q352 24 386 62T420 155Q420 198 398 233T340 281Q284 295 266 300Q261 301 239 306T206 314T174 325T141 343T112 367T85 402Q55 451 55 507Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2016",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D45E",
            d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-SO-222B",
            d: "M113 -244Q113 -246 119 -251T139 -263T167 -269Q186 -269 199 -260Q220 -247 232 -218T251 -133T262 -15T276 155T297 367Q300 390 305 438T314 512T325 580T340 647T361 703T390 751T428 784T479 804Q481 804 488 804T501 805Q552 802 581 769T610 695Q610 669 594 657T561 645Q542 645 527 658T512 694Q512 705 516 714T526 729T538 737T548 742L552 743Q552 745 545 751T525 762T498 768Q475 768 460 756T434 716T418 652T407 559T398 444T387 300T369 133Q349 -38 337 -102T303 -207Q256 -306 169 -306Q119 -306 87 -272T55 -196Q55 -170 71 -158T104 -146Q123 -146 138 -159T153 -195Q153 -206 149 -215T139 -230T127 -238T117 -242L113 -244Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D467",
            d: "M347 338Q337 338 294 349T231 360Q211 360 197 356T174 346T162 335T155 324L153 320Q150 317 138 317Q117 317 117 325Q117 330 120 339Q133 378 163 406T229 440Q241 442 246 442Q271 442 291 425T329 392T367 375Q389 375 411 408T434 441Q435 442 449 442H462Q468 436 468 434Q468 430 463 420T449 399T432 377T418 358L411 349Q368 298 275 214T160 106L148 94L163 93Q185 93 227 82T290 71Q328 71 360 90T402 140Q406 149 409 151T424 153Q443 153 443 143Q443 138 442 134Q425 72 376 31T278 -11Q252 -11 232 6T193 40T155 57Q111 57 76 -3Q70 -11 59 -11H54H41Q35 -5 35 -2Q35 13 93 84Q132 129 225 214T340 322Q352 338 347 338Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D451",
            d: "M366 683Q367 683 438 688T511 694Q523 694 523 686Q523 679 450 384T375 83T374 68Q374 26 402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487H491Q506 153 506 145Q506 140 503 129Q490 79 473 48T445 8T417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157Q33 205 53 255T101 341Q148 398 195 420T280 442Q336 442 364 400Q369 394 369 396Q370 400 396 505T424 616Q424 629 417 632T378 637H357Q351 643 351 645T353 664Q358 683 366 683ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
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
          transform: "scale(0.0181,-0.0181) translate(0, -1714)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1714) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "8671.8 -1714 1 2928",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-143)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msub",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D437",
                              "xlink:href": "#MJX-12-TEX-I-1D437"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(861,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: [createVNode(_components.use, {
                                  "data-c": "43",
                                  "xlink:href": "#MJX-12-TEX-N-43"
                                }), createVNode(_components.use, {
                                  "data-c": "53",
                                  "xlink:href": "#MJX-12-TEX-N-53",
                                  transform: "translate(722,0)"
                                })]
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1814.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-12-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2203.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D45D",
                            "xlink:href": "#MJX-12-TEX-I-1D45D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(2706.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2873.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2016",
                            "xlink:href": "#MJX-12-TEX-N-2016"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(3373.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3540.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D45E",
                            "xlink:href": "#MJX-12-TEX-I-1D45E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4000.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-12-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4667.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-12-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5723.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-12-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(6667.9,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-12-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-12-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-12-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7945.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-12-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mfrac",
                          transform: "translate(8112.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "msup",
                            transform: "translate(1027.9,809.5)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mrow",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-12-TEX-SO-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(458,0) translate(0 0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "222B",
                                  "xlink:href": "#MJX-12-TEX-SO-222B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(1234.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D45D",
                                  "xlink:href": "#MJX-12-TEX-I-1D45D"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(1737.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-12-TEX-N-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(2126.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D467",
                                  "xlink:href": "#MJX-12-TEX-I-1D467"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(2591.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-12-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mstyle",
                                transform: "translate(2980.7,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mspace"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(3147.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D45E",
                                  "xlink:href": "#MJX-12-TEX-I-1D45E"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(3607.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-12-TEX-N-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(3996.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D467",
                                  "xlink:href": "#MJX-12-TEX-I-1D467"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(4461.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-12-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mstyle",
                                transform: "translate(4850.7,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mspace"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(5017.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D451",
                                  "xlink:href": "#MJX-12-TEX-I-1D451"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(5537.7,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D467",
                                  "xlink:href": "#MJX-12-TEX-I-1D467"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(6002.7,0) translate(0 -0.5)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-12-TEX-SO-29"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(6493.7,576.6) scale(0.707)",
                              children: createVNode(_components.use, {
                                "data-c": "32",
                                "xlink:href": "#MJX-12-TEX-N-32"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mrow",
                            transform: "translate(220,-765.5)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(0 0.5)",
                              children: createVNode(_components.use, {
                                "data-c": "222B",
                                "xlink:href": "#MJX-12-TEX-SO-222B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(776.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D45D",
                                "xlink:href": "#MJX-12-TEX-I-1D45D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1279.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-12-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1668.7,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D467",
                                "xlink:href": "#MJX-12-TEX-I-1D467"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(2133.7,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-12-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(422,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-12-TEX-N-32"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(2959.2,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3126.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3646.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D467",
                                "xlink:href": "#MJX-12-TEX-I-1D467"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(4111.2,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4444.9,0) translate(0 0.5)",
                              children: createVNode(_components.use, {
                                "data-c": "222B",
                                "xlink:href": "#MJX-12-TEX-SO-222B"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(5221.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D45E",
                                "xlink:href": "#MJX-12-TEX-I-1D45E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5681.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-12-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(6070.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D467",
                                "xlink:href": "#MJX-12-TEX-I-1D467"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(6535.6,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mo",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-12-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(422,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "32",
                                  "xlink:href": "#MJX-12-TEX-N-32"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "translate(7361.1,0)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(7528.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D451",
                                "xlink:href": "#MJX-12-TEX-I-1D451"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(8048.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D467",
                                "xlink:href": "#MJX-12-TEX-I-1D467"
                              })
                            })]
                          }), createVNode(_components.rect, {
                            width: "8713.1",
                            height: "60",
                            x: "120",
                            y: "220"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17065.7,0)",
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
                  viewBox: "1278 -1714 1 2928",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,607)",
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
      children: ["By the Cauchy-Schwarz inequality the fraction is at most one, so ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.375ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.254ex",
          height: "1.92ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 3648.2 848.6",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "D_{\\mathrm{CS}} \\ge 0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-13-TEX-I-1D437",
              d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-43",
              d: "M56 342Q56 428 89 500T174 615T283 681T391 705Q394 705 400 705T408 704Q499 704 569 636L582 624L612 663Q639 700 643 704Q644 704 647 704T653 705H657Q660 705 666 699V419L660 413H626Q620 419 619 430Q610 512 571 572T476 651Q457 658 426 658Q322 658 252 588Q173 509 173 342Q173 221 211 151Q232 111 263 84T328 45T384 29T428 24Q517 24 571 93T626 244Q626 251 632 257H660L666 251V236Q661 133 590 56T403 -21Q262 -21 159 83T56 342Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-53",
              d: "M55 507Q55 590 112 647T243 704H257Q342 704 405 641L426 672Q431 679 436 687T446 700L449 704Q450 704 453 704T459 705H463Q466 705 472 699V462L466 456H448Q437 456 435 459T430 479Q413 605 329 646Q292 662 254 662Q201 662 168 626T135 542Q135 508 152 480T200 435Q210 431 286 412T370 389Q427 367 463 314T500 191Q500 110 448 45T301 -21Q245 -21 201 -4T140 27L122 41Q118 36 107 21T87 -7T78 -21Q76 -22 68 -22H64Q61 -22 55 -16V101Q55 220 56 222Q58 227 76 227H89Q95 221 95 214Q95 182 105 151T139 90T205 42T305 24Q352 24 386 62T420 155Q420 198 398 233T340 281Q284 295 266 300Q261 301 239 306T206 314T174 325T141 343T112 367T85 402Q55 451 55 507Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-2265",
              d: "M83 616Q83 624 89 630T99 636Q107 636 253 568T543 431T687 361Q694 356 694 346T687 331Q685 329 395 192L107 56H101Q83 58 83 76Q83 77 83 79Q82 86 98 95Q117 105 248 167Q326 204 378 228L626 346L360 472Q291 505 200 548Q112 589 98 597T83 616ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
            }), createVNode(_components.path, {
              id: "MJX-13-TEX-N-30",
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
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D437",
                    "xlink:href": "#MJX-13-TEX-I-1D437"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(861,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: [createVNode(_components.use, {
                        "data-c": "43",
                        "xlink:href": "#MJX-13-TEX-N-43"
                      }), createVNode(_components.use, {
                        "data-c": "53",
                        "xlink:href": "#MJX-13-TEX-N-53",
                        transform: "translate(722,0)"
                      })]
                    })
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2092.5,0)",
                children: createVNode(_components.use, {
                  "data-c": "2265",
                  "xlink:href": "#MJX-13-TEX-N-2265"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(3148.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "30",
                  "xlink:href": "#MJX-13-TEX-N-30"
                })
              })]
            })
          })]
        })
      }), ", with equality only when ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.439ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.196ex",
          height: "1.758ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -583 2296.6 777",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p = q",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-N-3D",
              d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
            }), createVNode(_components.path, {
              id: "MJX-14-TEX-I-1D45E",
              d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
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
                  "data-c": "1D45D",
                  "xlink:href": "#MJX-14-TEX-I-1D45D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(780.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3D",
                  "xlink:href": "#MJX-14-TEX-N-3D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1836.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D45E",
                  "xlink:href": "#MJX-14-TEX-I-1D45E"
                })
              })]
            })
          })]
        })
      }), ". Every integral in Eq. (2) is an integral of a product of densities, and with Gaussian kernel density estimates such integrals become sums of kernel evaluations over pairs of samples. No parametric form and no variational bound are needed."]
    }), "\n", createVNode(_components.p, {
      children: "The resulting objective, CS-IB, has the schematic form"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "57.683ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-0.791ex",
          minWidth: "57.683ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "2.713ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{L}_{\\text{CS-IB}}(\\theta) = D_{\\mathrm{CS}}\\big(p(y \\mid x) \\,\\Vert\\, q_\\theta(\\hat{y} \\mid x)\\big) + \\beta\\, I_{\\mathrm{CS}}(x; t), \\tag{3}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-15-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-43",
            d: "M56 342Q56 428 89 500T174 615T283 681T391 705Q394 705 400 705T408 704Q499 704 569 636L582 624L612 663Q639 700 643 704Q644 704 647 704T653 705H657Q660 705 666 699V419L660 413H626Q620 419 619 430Q610 512 571 572T476 651Q457 658 426 658Q322 658 252 588Q173 509 173 342Q173 221 211 151Q232 111 263 84T328 45T384 29T428 24Q517 24 571 93T626 244Q626 251 632 257H660L666 251V236Q661 133 590 56T403 -21Q262 -21 159 83T56 342Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-53",
            d: "M55 507Q55 590 112 647T243 704H257Q342 704 405 641L426 672Q431 679 436 687T446 700L449 704Q450 704 453 704T459 705H463Q466 705 472 699V462L466 456H448Q437 456 435 459T430 479Q413 605 329 646Q292 662 254 662Q201 662 168 626T135 542Q135 508 152 480T200 435Q210 431 286 412T370 389Q427 367 463 314T500 191Q500 110 448 45T301 -21Q245 -21 201 -4T140 27L122 41Q118 36 107 21T87 -7T78 -21Q76 -22 68 -22H64Q61 -22 55 -16V101Q55 220 56 222Q58 227 76 227H89Q95 221 95 214Q95 182 105 151T139 90T205 42T305 24Q352 24 386 62T420 155Q420 198 398 233T340 281Q284 295 266 300Q261 301 239 306T206 314T174 325T141 343T112 367T85 402Q55 451 55 507Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2D",
            d: "M11 179V252H277V179H11Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-49",
            d: "M328 0Q307 3 180 3T32 0H21V46H43Q92 46 106 49T126 60Q128 63 128 342Q128 620 126 623Q122 628 118 630T96 635T43 637H21V683H32Q53 680 180 680T328 683H339V637H317Q268 637 254 634T234 623Q232 620 232 342Q232 63 234 60Q238 55 242 53T264 48T317 46H339V0H328Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-42",
            d: "M131 622Q124 629 120 631T104 634T61 637H28V683H229H267H346Q423 683 459 678T531 651Q574 627 599 590T624 512Q624 461 583 419T476 360L466 357Q539 348 595 302T651 187Q651 119 600 67T469 3Q456 1 242 0H28V46H61Q103 47 112 49T131 61V622ZM511 513Q511 560 485 594T416 636Q415 636 403 636T371 636T333 637Q266 637 251 636T232 628Q229 624 229 499V374H312L396 375L406 377Q410 378 417 380T442 393T474 417T499 456T511 513ZM537 188Q537 239 509 282T430 336L329 337H229V200V116Q229 57 234 52Q240 47 334 47H383Q425 47 443 53Q486 67 511 104T537 188Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D437",
            d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D45D",
            d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2016",
            d: "M133 736Q138 750 153 750Q164 750 170 739Q172 735 172 250T170 -239Q164 -250 152 -250Q144 -250 138 -244L137 -243Q133 -241 133 -179T132 250Q132 731 133 736ZM329 739Q334 750 346 750Q353 750 361 744L362 743Q366 741 366 679T367 250T367 -178T362 -243L361 -244Q355 -250 347 -250Q335 -250 329 -239Q327 -235 327 250T329 739Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D45E",
            d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-5E",
            d: "M112 560L249 694L257 686Q387 562 387 560L361 531Q359 532 303 581L250 627L195 580Q182 569 169 557T148 538L140 532Q138 530 125 546L112 560Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D6FD",
            d: "M29 -194Q23 -188 23 -186Q23 -183 102 134T186 465Q208 533 243 584T309 658Q365 705 429 705H431Q493 705 533 667T573 570Q573 465 469 396L482 383Q533 332 533 252Q533 139 448 65T257 -10Q227 -10 203 -2T165 17T143 40T131 59T126 65L62 -188Q60 -194 42 -194H29ZM353 431Q392 431 427 419L432 422Q436 426 439 429T449 439T461 453T472 471T484 495T493 524T501 560Q503 569 503 593Q503 611 502 616Q487 667 426 667Q384 667 347 643T286 582T247 514T224 455Q219 439 186 308T152 168Q151 163 151 147Q151 99 173 68Q204 26 260 26Q302 26 349 51T425 137Q441 171 449 214T457 279Q457 337 422 372Q380 358 347 358H337Q258 358 258 389Q258 396 261 403Q275 431 353 431Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D43C",
            d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-15-TEX-N-33",
            d: "M127 463Q100 463 85 480T69 524Q69 579 117 622T233 665Q268 665 277 664Q351 652 390 611T430 522Q430 470 396 421T302 350L299 348Q299 347 308 345T337 336T375 315Q457 262 457 175Q457 96 395 37T238 -22Q158 -22 100 21T42 130Q42 158 60 175T105 193Q133 193 151 175T169 130Q169 119 166 110T159 94T148 82T136 74T126 70T118 67L114 66Q165 21 238 21Q293 21 321 74Q338 107 338 175V195Q338 290 274 322Q259 328 213 329L171 330L168 332Q166 335 166 348Q166 366 174 366Q202 366 232 371Q266 376 294 413T322 525V533Q322 590 287 612Q265 626 240 626Q208 626 181 615T143 592T132 580H135Q138 579 143 578T153 573T165 566T175 555T183 540T186 520Q186 498 172 481T127 463Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -849.5)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 849.5) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "10669.9 -849.5 1 1199",
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
                                "xlink:href": "#MJX-15-TEX-C-4C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(723,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "43",
                                "xlink:href": "#MJX-15-TEX-N-43"
                              }), createVNode(_components.use, {
                                "data-c": "53",
                                "xlink:href": "#MJX-15-TEX-N-53",
                                transform: "translate(722,0)"
                              }), createVNode(_components.use, {
                                "data-c": "2D",
                                "xlink:href": "#MJX-15-TEX-N-2D",
                                transform: "translate(1278,0)"
                              }), createVNode(_components.use, {
                                "data-c": "49",
                                "xlink:href": "#MJX-15-TEX-N-49",
                                transform: "translate(1611,0)"
                              }), createVNode(_components.use, {
                                "data-c": "42",
                                "xlink:href": "#MJX-15-TEX-N-42",
                                transform: "translate(1972,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2668,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3057,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D703",
                            "xlink:href": "#MJX-15-TEX-I-1D703"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3526,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4192.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-15-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(5248.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D437",
                              "xlink:href": "#MJX-15-TEX-I-1D437"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(861,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: [createVNode(_components.use, {
                                  "data-c": "43",
                                  "xlink:href": "#MJX-15-TEX-N-43"
                                }), createVNode(_components.use, {
                                  "data-c": "53",
                                  "xlink:href": "#MJX-15-TEX-N-53",
                                  transform: "translate(722,0)"
                                })]
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(7063.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-15-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7521.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D45D",
                            "xlink:href": "#MJX-15-TEX-I-1D45D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8024.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8413.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-15-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9181.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-15-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9736.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-15-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10308.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(10697.8,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10864.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2016",
                            "xlink:href": "#MJX-15-TEX-N-2016"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(11364.8,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(11531.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D45E",
                              "xlink:href": "#MJX-15-TEX-I-1D45E"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(479,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-15-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12392.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(12781.5,0)",
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
                                "data-c": "5E",
                                "xlink:href": "#MJX-15-TEX-N-5E"
                              })
                            })]
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13549.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-15-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14105,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-15-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(14677,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(15066,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-15-TEX-SO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(15746.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-15-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(16746.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FD",
                            "xlink:href": "#MJX-15-TEX-I-1D6FD"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(17312.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(17479.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D43C",
                              "xlink:href": "#MJX-15-TEX-I-1D43C"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(473,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: [createVNode(_components.use, {
                                  "data-c": "43",
                                  "xlink:href": "#MJX-15-TEX-N-43"
                                }), createVNode(_components.use, {
                                  "data-c": "53",
                                  "xlink:href": "#MJX-15-TEX-N-53",
                                  transform: "translate(722,0)"
                                })]
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18906.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-15-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(19295.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-15-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19867.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-15-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(20311.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D461",
                            "xlink:href": "#MJX-15-TEX-I-1D461"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20672.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-15-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21061.8,0)",
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
                  viewBox: "1278 -849.5 1 1199",
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
                          "xlink:href": "#MJX-15-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "33",
                          "xlink:href": "#MJX-15-TEX-N-33",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-15-TEX-N-29",
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
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.996ex",
          height: "2.398ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -810 3534.2 1060",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "q_\\theta(\\hat{y} \\mid x)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D45E",
              d: "M33 157Q33 258 109 349T280 441Q340 441 372 389Q373 390 377 395T388 406T404 418Q438 442 450 442Q454 442 457 439T460 434Q460 425 391 149Q320 -135 320 -139Q320 -147 365 -148H390Q396 -156 396 -157T393 -175Q389 -188 383 -194H370Q339 -192 262 -192Q234 -192 211 -192T174 -192T157 -193Q143 -193 143 -185Q143 -182 145 -170Q149 -154 152 -151T172 -148Q220 -148 230 -141Q238 -136 258 -53T279 32Q279 33 272 29Q224 -10 172 -10Q117 -10 75 30T33 157ZM352 326Q329 405 277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q233 26 290 98L298 109L352 326Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-5E",
              d: "M112 560L249 694L257 686Q387 562 387 560L361 531Q359 532 303 581L250 627L195 580Q182 569 169 557T148 538L140 532Q138 530 125 546L112 560Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-N-2223",
              d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
            }), createVNode(_components.path, {
              id: "MJX-16-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
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
                "data-mml-node": "msub",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D45E",
                    "xlink:href": "#MJX-16-TEX-I-1D45E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(479,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D703",
                    "xlink:href": "#MJX-16-TEX-I-1D703"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(860.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-16-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(1249.6,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mover",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-16-TEX-I-1D466"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(300.6,16) translate(-250 0)",
                    children: createVNode(_components.use, {
                      "data-c": "5E",
                      "xlink:href": "#MJX-16-TEX-N-5E"
                    })
                  })]
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2017.4,0)",
                children: createVNode(_components.use, {
                  "data-c": "2223",
                  "xlink:href": "#MJX-16-TEX-N-2223"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2573.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-16-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3145.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-16-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the distribution of the network’s predictions, the first term asks the predictive conditional distribution to match the true one (replacing MSE), and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.105ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3582.3 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "I_{\\mathrm{CS}}(x; t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D43C",
              d: "M43 1Q26 1 26 10Q26 12 29 24Q34 43 39 45Q42 46 54 46H60Q120 46 136 53Q137 53 138 54Q143 56 149 77T198 273Q210 318 216 344Q286 624 286 626Q284 630 284 631Q274 637 213 637H193Q184 643 189 662Q193 677 195 680T209 683H213Q285 681 359 681Q481 681 487 683H497Q504 676 504 672T501 655T494 639Q491 637 471 637Q440 637 407 634Q393 631 388 623Q381 609 337 432Q326 385 315 341Q245 65 245 59Q245 52 255 50T307 46H339Q345 38 345 37T342 19Q338 6 332 0H316Q279 2 179 2Q143 2 113 2T65 2T43 1Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-43",
              d: "M56 342Q56 428 89 500T174 615T283 681T391 705Q394 705 400 705T408 704Q499 704 569 636L582 624L612 663Q639 700 643 704Q644 704 647 704T653 705H657Q660 705 666 699V419L660 413H626Q620 419 619 430Q610 512 571 572T476 651Q457 658 426 658Q322 658 252 588Q173 509 173 342Q173 221 211 151Q232 111 263 84T328 45T384 29T428 24Q517 24 571 93T626 244Q626 251 632 257H660L666 251V236Q661 133 590 56T403 -21Q262 -21 159 83T56 342Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-53",
              d: "M55 507Q55 590 112 647T243 704H257Q342 704 405 641L426 672Q431 679 436 687T446 700L449 704Q450 704 453 704T459 705H463Q466 705 472 699V462L466 456H448Q437 456 435 459T430 479Q413 605 329 646Q292 662 254 662Q201 662 168 626T135 542Q135 508 152 480T200 435Q210 431 286 412T370 389Q427 367 463 314T500 191Q500 110 448 45T301 -21Q245 -21 201 -4T140 27L122 41Q118 36 107 21T87 -7T78 -21Q76 -22 68 -22H64Q61 -22 55 -16V101Q55 220 56 222Q58 227 76 227H89Q95 221 95 214Q95 182 105 151T139 90T205 42T305 24Q352 24 386 62T420 155Q420 198 398 233T340 281Q284 295 266 300Q261 301 239 306T206 314T174 325T141 343T112 367T85 402Q55 451 55 507Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-3B",
              d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-29",
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
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D43C",
                    "xlink:href": "#MJX-17-TEX-I-1D43C"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(473,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    "data-mjx-texclass": "ORD",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: [createVNode(_components.use, {
                        "data-c": "43",
                        "xlink:href": "#MJX-17-TEX-N-43"
                      }), createVNode(_components.use, {
                        "data-c": "53",
                        "xlink:href": "#MJX-17-TEX-N-53",
                        transform: "translate(722,0)"
                      })]
                    })
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1426.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-17-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1815.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-17-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2387.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "3B",
                  "xlink:href": "#MJX-17-TEX-N-3B"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2832.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D461",
                  "xlink:href": "#MJX-17-TEX-I-1D461"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3193.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-17-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the CS version of mutual information, the CS divergence between the joint density of ", createVNode(_component0, {
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
          "aria-label": "x",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-18-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
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
                  "data-c": "1D465",
                  "xlink:href": "#MJX-18-TEX-I-1D465"
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
          width: "0.817ex",
          height: "1.441ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -626 361 637",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "t",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-19-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
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
                  "data-c": "1D461",
                  "xlink:href": "#MJX-19-TEX-I-1D461"
                })
              })
            })
          })]
        })
      }), " and the product of their marginals. Both terms are estimated from Gram matrices of a mini-batch with a chosen kernel width. Because the prediction term compares whole conditional distributions, it does not assume Gaussian errors."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The authors study the generalisation of CS-IB and show that it comes with guarantees of adversarial robustness. Empirically, they compare it with other popular deep IB methods on six real-world regression tasks and report better performance. They also observe that, in the information plane (compression plotted against prediction), the solutions found by CS-IB consistently achieve the best trade-off between prediction accuracy and compression ratio among the methods compared."
    }), "\n", createVNode(_components.p, {
      children: ["A practical caveat follows from the estimator: kernel-based estimates cost time quadratic in the batch size and depend on the kernel width, which becomes a hyperparameter alongside ", createVNode(_component0, {
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
              id: "MJX-20-TEX-I-1D6FD",
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
                  "xlink:href": "#MJX-20-TEX-I-1D6FD"
                })
              })
            })
          })]
        })
      }), "."]
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["The paper is a study in how the choice of loss encodes assumptions, the same theme as ", createVNode(_components.a, {
        href: "/papers/cross-entropy-loss-theory/",
        children: "the cross-entropy loss theory paper"
      }), ", which asks what guarantees a classification surrogate gives. ", createVNode(_components.a, {
        href: "/papers/compressing-features-noisy-labels/",
        children: "Compressing features for learning with noisy labels"
      }), " uses compression of representations as a defence against label noise, a close cousin of the IB view. ", createVNode(_components.a, {
        href: "/papers/discriminative-vs-generative/",
        children: "Revisiting discriminative versus generative classifiers"
      }), " is another analysis of what a modelling choice buys in generalisation."]
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

const url = "content/papers/cauchy-schwarz-information-bottleneck.mdx/";
const file = "/work/main/content/papers/cauchy-schwarz-information-bottleneck.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/cauchy-schwarz-information-bottleneck.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
