import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import { $ as $$LiveFigure } from './LiveFigure_BQgKBEhf.mjs';
import 'clsx';

const frontmatter = {
  "title": "Cross-Entropy Loss Functions: Theoretical Analysis and Applications",
  "arxiv": "2304.07288",
  "authors": ["Anqi Mao", "Mehryar Mohri", "Yutao Zhong"],
  "year": 2023,
  "venue": "ICML 2023",
  "topics": ["loss-functions", "learning-theory"],
  "summary": "The first H-consistency bounds for comp-sum losses, a family spanning cross-entropy, generalised cross-entropy and MAE, plus adversarially robust variants with the same kind of guarantee.",
  "related": ["label-distributionally-robust-losses", "z-loss-spherical", "discriminative-vs-generative", "dual-head-distillation"]
};
function getHeadings() {
  return [{
    "depth": 2,
    "slug": "in-one-picture",
    "text": "In one picture"
  }, {
    "depth": 2,
    "slug": "the-problem",
    "text": "The problem"
  }, {
    "depth": 2,
    "slug": "the-idea",
    "text": "The idea"
  }, {
    "depth": 2,
    "slug": "try-this",
    "text": "Try this"
  }, {
    "depth": 2,
    "slug": "what-the-toy-leaves-out",
    "text": "What the toy leaves out"
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
    ol: "ol",
    p: "p",
    path: "path",
    rect: "rect",
    svg: "svg",
    table: "table",
    tbody: "tbody",
    td: "td",
    th: "th",
    thead: "thead",
    tr: "tr",
    ul: "ul",
    use: "use",
    ...props.components
  }, _component0 = _components["mjx-container"];
  return createVNode(Fragment, {
    children: [createVNode(_components.p, {
      children: "Almost every neural classifier is trained with cross-entropy, yet what we care about is accuracy, the zero-one loss, which cannot be optimised directly. Why should driving down one quantity drive down the other, and by how much, for the actual model class we train? Classical theory answers only in the limit of all possible predictors and infinite data. This paper gives finite, model-class-specific answers for cross-entropy and a whole family of related losses."
    }), "\n", createVNode(_components.h2, {
      id: "in-one-picture",
      children: "In one picture"
    }), "\n", createVNode($$LiveFigure, {
      sim: "comp-sum",
      id: "cs",
      caption: "A small network learns three Gaussian classes from training labels of which 40% were flipped at random; the test set is clean. Under cross-entropy (τ = 1) the network memorises the flipped labels and its clean-test accuracy falls; move τ towards 2, the mean absolute error, and it resists them, at the price of fitting more slowly."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["A surrogate loss is used in place of the zero-one loss because it is smooth and tractable. The standard guarantee for surrogates is Bayes-consistency: if the surrogate’s excess risk goes to zero over ", createVNode(_components.em, {
        children: "all measurable functions"
      }), ", so does the zero-one excess risk. This is asymptotic and says nothing about a restricted hypothesis set ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-1-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), ", such as linear models or a fixed network architecture, which is what training actually searches over."]
    }), "\n", createVNode(_components.p, {
      children: ["An ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-2-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-2-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), "-consistency bound is a stronger statement. For every ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.981ex",
          height: "1.679ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 2643.6 742",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "h \\in \\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-3-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-N-2208",
              d: "M84 250Q84 372 166 450T360 539Q361 539 377 539T419 540T469 540H568Q583 532 583 520Q583 511 570 501L466 500Q355 499 329 494Q280 482 242 458T183 409T147 354T129 306T124 272V270H568Q583 262 583 250T568 230H124V228Q124 207 134 177T167 112T231 48T328 7Q355 1 466 0H570Q583 -10 583 -20Q583 -32 568 -40H471Q464 -40 446 -40T417 -41Q262 -41 172 45Q84 127 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-3-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                  "data-c": "2208",
                  "xlink:href": "#MJX-3-TEX-N-2208"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(1798.6,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "48",
                    "xlink:href": "#MJX-3-TEX-C-48"
                  })
                })
              })]
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
        minWidth: "73.066ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-1.469ex",
          minWidth: "73.066ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "4.07ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{R}_{0\\text{-}1}(h) - \\mathcal{R}^{*}_{0\\text{-}1}(\\mathcal{H}) + \\mathcal{M}_{0\\text{-}1}(\\mathcal{H}) \\;\\le\\; \\Gamma\\Big(\\mathcal{R}_{\\ell}(h) - \\mathcal{R}^{*}_{\\ell}(\\mathcal{H}) + \\mathcal{M}_{\\ell}(\\mathcal{H})\\Big). \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-4-TEX-C-52",
            d: "M37 475Q19 475 19 487Q19 503 35 530T83 589T180 647T327 682H374Q387 682 417 682T464 683Q519 683 559 679T642 663T708 625T731 557Q731 481 668 411T504 300Q506 296 512 286T528 257T553 202Q594 105 611 82Q635 47 665 47Q708 47 742 93Q758 113 786 128Q804 136 819 137Q837 137 837 125Q837 115 818 92T767 43T687 -2T589 -22Q549 -22 517 22T467 120T422 221T362 273Q346 273 346 287Q348 301 373 320T436 342Q437 342 446 343T462 345T481 348T504 353T527 362T553 375T577 393Q598 412 614 443T630 511Q630 545 613 566T541 600T393 614Q370 614 370 613L366 584Q349 446 311 307T243 96L213 25Q205 8 179 -7T132 -22Q125 -22 120 -18T117 -8Q117 -5 130 26T163 113T205 239T246 408T274 606V614Q273 614 259 613T231 609T198 602T163 588Q131 572 113 518Q102 502 80 490T37 475Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-30",
            d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2D",
            d: "M11 179V252H277V179H11Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2217",
            d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-C-48",
            d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-C-4D",
            d: "M28 9Q28 37 43 63T73 90Q77 90 83 84T103 70T141 57H146Q162 57 178 79T222 167Q266 279 295 371T334 513T349 598T358 651T371 677Q397 705 432 705Q442 705 445 699T452 666Q453 661 453 659Q475 538 509 405T568 207L574 192Q581 178 587 164T594 150Q596 150 635 189T693 248Q765 324 863 438T1024 626T1089 701Q1093 705 1100 705Q1111 705 1111 682Q1111 675 1108 660T1099 611T1086 540Q1041 277 1041 144Q1041 98 1044 75T1050 48T1059 42Q1064 41 1075 46Q1102 61 1121 61Q1137 61 1137 50Q1137 28 1087 0T1000 -29Q983 -29 972 -23T955 -9T945 16T942 45T941 83V96Q941 158 952 256T974 422L985 489Q984 489 939 436T821 300T698 164Q665 128 620 85T568 37Q564 34 558 34Q550 34 546 37T535 54Q512 91 496 127T450 259T389 498L384 518Q349 367 294 223T198 15Q155 -50 117 -50Q87 -50 61 -35T30 -6Q28 2 28 9Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2264",
            d: "M674 636Q682 636 688 630T694 615T687 601Q686 600 417 472L151 346L399 228Q687 92 691 87Q694 81 694 76Q694 58 676 56H670L382 192Q92 329 90 331Q83 336 83 348Q84 359 96 365Q104 369 382 500T665 634Q669 636 674 636ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-393",
            d: "M128 619Q121 626 117 628T101 631T58 634H25V680H554V676Q556 670 568 560T582 444V440H542V444Q542 445 538 478T523 545T492 598Q454 634 349 634H334Q264 634 249 633T233 621Q232 618 232 339L233 61Q240 54 245 52T270 48T333 46H360V0H348Q324 3 182 3Q51 3 36 0H25V46H58Q100 47 109 49T128 61V619Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-LO-28",
            d: "M180 96T180 250T205 541T266 770T353 944T444 1069T527 1150H555Q561 1144 561 1141Q561 1137 545 1120T504 1072T447 995T386 878T330 721T288 513T272 251Q272 133 280 56Q293 -87 326 -209T399 -405T475 -531T536 -609T561 -640Q561 -643 555 -649H527Q483 -612 443 -568T353 -443T266 -270T205 -41Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-I-2113",
            d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-LO-29",
            d: "M35 1138Q35 1150 51 1150H56H69Q113 1113 153 1069T243 944T330 771T391 541T416 250T391 -40T330 -270T243 -443T152 -568T69 -649H56Q43 -649 39 -647T35 -637Q65 -607 110 -548Q283 -316 316 56Q324 133 324 251Q324 368 316 445Q278 877 48 1123Q36 1137 35 1138Z"
          }), createVNode(_components.path, {
            id: "MJX-4-TEX-N-2E",
            d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60Z"
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
                  viewBox: "14069.7 -1149.5 1 1799",
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
                                "data-c": "52",
                                "xlink:href": "#MJX-4-TEX-C-52"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "30",
                                "xlink:href": "#MJX-4-TEX-N-30"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              transform: "translate(500,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2D",
                                "xlink:href": "#MJX-4-TEX-N-2D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(833,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-4-TEX-N-31"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1873.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2262.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "210E",
                            "xlink:href": "#MJX-4-TEX-I-210E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2838.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3449.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-4-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msubsup",
                          transform: "translate(4450,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "52",
                                "xlink:href": "#MJX-4-TEX-C-52"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "2217",
                                "xlink:href": "#MJX-4-TEX-N-2217"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,-247) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "30",
                                "xlink:href": "#MJX-4-TEX-N-30"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              transform: "translate(500,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2D",
                                "xlink:href": "#MJX-4-TEX-N-2D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(833,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-4-TEX-N-31"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6323.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(6712.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "48",
                              "xlink:href": "#MJX-4-TEX-C-48"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7557.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(8168.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-4-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(9169,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "4D",
                                "xlink:href": "#MJX-4-TEX-C-4D"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(1234,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mn",
                              children: createVNode(_components.use, {
                                "data-c": "30",
                                "xlink:href": "#MJX-4-TEX-N-30"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              transform: "translate(500,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2D",
                                "xlink:href": "#MJX-4-TEX-N-2D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(833,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-4-TEX-N-31"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11395.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(11784.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "48",
                              "xlink:href": "#MJX-4-TEX-C-48"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12629.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(13018.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13574.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2264",
                            "xlink:href": "#MJX-4-TEX-N-2264"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(14352.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(14908.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "393",
                            "xlink:href": "#MJX-4-TEX-N-393"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(15533.2,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-4-TEX-LO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(16130.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "52",
                                "xlink:href": "#MJX-4-TEX-C-52"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "2113",
                                "xlink:href": "#MJX-4-TEX-I-2113"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17356,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(17745,0)",
                          children: createVNode(_components.use, {
                            "data-c": "210E",
                            "xlink:href": "#MJX-4-TEX-I-210E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18321,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18932.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-4-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msubsup",
                          transform: "translate(19932.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "52",
                                "xlink:href": "#MJX-4-TEX-C-52"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "2217",
                                "xlink:href": "#MJX-4-TEX-N-2217"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(881,-247) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "2113",
                                "xlink:href": "#MJX-4-TEX-I-2113"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21217,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(21606,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "48",
                              "xlink:href": "#MJX-4-TEX-C-48"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22451,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(23062.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2B",
                            "xlink:href": "#MJX-4-TEX-N-2B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(24062.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "4D",
                                "xlink:href": "#MJX-4-TEX-C-4D"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(1234,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "2113",
                                "xlink:href": "#MJX-4-TEX-I-2113"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(25641.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-4-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(26030.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "48",
                              "xlink:href": "#MJX-4-TEX-C-48"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(26875.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-4-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(27264.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-4-TEX-LO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(27861.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2E",
                            "xlink:href": "#MJX-4-TEX-N-2E"
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
                      id: "mjx-eqn:1",
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
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.837ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2579.9 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{R}_{\\ell}(h)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-5-TEX-C-52",
              d: "M37 475Q19 475 19 487Q19 503 35 530T83 589T180 647T327 682H374Q387 682 417 682T464 683Q519 683 559 679T642 663T708 625T731 557Q731 481 668 411T504 300Q506 296 512 286T528 257T553 202Q594 105 611 82Q635 47 665 47Q708 47 742 93Q758 113 786 128Q804 136 819 137Q837 137 837 125Q837 115 818 92T767 43T687 -2T589 -22Q549 -22 517 22T467 120T422 221T362 273Q346 273 346 287Q348 301 373 320T436 342Q437 342 446 343T462 345T481 348T504 353T527 362T553 375T577 393Q598 412 614 443T630 511Q630 545 613 566T541 600T393 614Q370 614 370 613L366 584Q349 446 311 307T243 96L213 25Q205 8 179 -7T132 -22Q125 -22 120 -18T117 -8Q117 -5 130 26T163 113T205 239T246 408T274 606V614Q273 614 259 613T231 609T198 602T163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-I-2113",
              d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-N-29",
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
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "52",
                      "xlink:href": "#MJX-5-TEX-C-52"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(881,-150) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "2113",
                      "xlink:href": "#MJX-5-TEX-I-2113"
                    })
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1225.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-5-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1614.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "210E",
                  "xlink:href": "#MJX-5-TEX-I-210E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2190.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-5-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " is the expected loss of ", createVNode(_component0, {
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
              id: "MJX-6-TEX-I-210E",
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
                  "xlink:href": "#MJX-6-TEX-I-210E"
                })
              })
            })
          })]
        })
      }), " under the surrogate ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.045ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "0.943ex",
          height: "1.64ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 417 725",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\ell",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-7-TEX-I-2113",
              d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
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
                  "data-c": "2113",
                  "xlink:href": "#MJX-7-TEX-I-2113"
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
            verticalAlign: "-0.69ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "6.578ex",
          height: "2.387ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2907.6 1054.9",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{R}^{*}_{\\ell}(\\mathcal{H})",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-8-TEX-C-52",
              d: "M37 475Q19 475 19 487Q19 503 35 530T83 589T180 647T327 682H374Q387 682 417 682T464 683Q519 683 559 679T642 663T708 625T731 557Q731 481 668 411T504 300Q506 296 512 286T528 257T553 202Q594 105 611 82Q635 47 665 47Q708 47 742 93Q758 113 786 128Q804 136 819 137Q837 137 837 125Q837 115 818 92T767 43T687 -2T589 -22Q549 -22 517 22T467 120T422 221T362 273Q346 273 346 287Q348 301 373 320T436 342Q437 342 446 343T462 345T481 348T504 353T527 362T553 375T577 393Q598 412 614 443T630 511Q630 545 613 566T541 600T393 614Q370 614 370 613L366 584Q349 446 311 307T243 96L213 25Q205 8 179 -7T132 -22Q125 -22 120 -18T117 -8Q117 -5 130 26T163 113T205 239T246 408T274 606V614Q273 614 259 613T231 609T198 602T163 588Q131 572 113 518Q102 502 80 490T37 475Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-I-2113",
              d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                "data-mml-node": "msubsup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "52",
                      "xlink:href": "#MJX-8-TEX-C-52"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(881,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2217",
                      "xlink:href": "#MJX-8-TEX-N-2217"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(881,-290.8) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "2113",
                      "xlink:href": "#MJX-8-TEX-I-2113"
                    })
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1284.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-8-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(1673.6,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "48",
                    "xlink:href": "#MJX-8-TEX-C-48"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2518.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-8-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " its best value within ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-9-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-9-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), ", so their difference is the surrogate’s estimation error; the left-hand side is the same quantity for the zero-one loss. ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.414ex",
          height: "1.538ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -680 625 680",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Gamma",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-10-TEX-N-393",
              d: "M128 619Q121 626 117 628T101 631T58 634H25V680H554V676Q556 670 568 560T582 444V440H542V444Q542 445 538 478T523 545T492 598Q454 634 349 634H334Q264 634 249 633T233 621Q232 618 232 339L233 61Q240 54 245 52T270 48T333 46H360V0H348Q324 3 182 3Q51 3 36 0H25V46H58Q100 47 109 49T128 61V619Z"
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
                  "data-c": "393",
                  "xlink:href": "#MJX-10-TEX-N-393"
                })
              })
            })
          })]
        })
      }), " is a non-decreasing function that depends on the surrogate. The terms ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.113ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.717ex",
          height: "1.708ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 1201 755",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{M}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-11-TEX-C-4D",
              d: "M28 9Q28 37 43 63T73 90Q77 90 83 84T103 70T141 57H146Q162 57 178 79T222 167Q266 279 295 371T334 513T349 598T358 651T371 677Q397 705 432 705Q442 705 445 699T452 666Q453 661 453 659Q475 538 509 405T568 207L574 192Q581 178 587 164T594 150Q596 150 635 189T693 248Q765 324 863 438T1024 626T1089 701Q1093 705 1100 705Q1111 705 1111 682Q1111 675 1108 660T1099 611T1086 540Q1041 277 1041 144Q1041 98 1044 75T1050 48T1059 42Q1064 41 1075 46Q1102 61 1121 61Q1137 61 1137 50Q1137 28 1087 0T1000 -29Q983 -29 972 -23T955 -9T945 16T942 45T941 83V96Q941 158 952 256T974 422L985 489Q984 489 939 436T821 300T698 164Q665 128 620 85T568 37Q564 34 558 34Q550 34 546 37T535 54Q512 91 496 127T450 259T389 498L384 518Q349 367 294 223T198 15Q155 -50 117 -50Q87 -50 61 -35T30 -6Q28 2 28 9Z"
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
                    "data-c": "4D",
                    "xlink:href": "#MJX-11-TEX-C-4D"
                  })
                })
              })
            })
          })]
        })
      }), " are minimizability gaps: the difference between the best expected loss in ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-12-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-12-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), " and the expected value of the best ", createVNode(_components.em, {
        children: "pointwise"
      }), " conditional loss that ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-13-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-13-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), " can reach at each input. They vanish when ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-14-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-14-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), " contains all measurable functions, but not in general. The bound is non-asymptotic and holds for the specific ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-15-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-15-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), " used."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["The authors study comp-sum losses, which compose a function ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.633ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 722 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Phi",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-16-TEX-N-3A6",
              d: "M312 622Q310 623 307 625T303 629T297 631T286 634T270 635T246 636T211 637H184V683H196Q220 680 361 680T526 683H538V637H511Q468 637 447 635T422 631T411 622V533L425 531Q525 519 595 466T665 342Q665 301 642 267T583 209T506 172T425 152L411 150V61Q417 55 421 53T447 48T511 46H538V0H526Q502 3 361 3T196 0H184V46H211Q231 46 245 46T270 47T286 48T297 51T303 54T307 57T312 61V150H310Q309 151 289 153T232 166T160 195Q149 201 136 210T103 238T69 284T56 342Q56 414 128 467T294 530Q309 532 310 533H312V622ZM170 342Q170 207 307 188H312V495H309Q301 495 282 491T231 469T186 423Q170 389 170 342ZM415 188Q487 199 519 236T551 342Q551 384 539 414T507 459T470 481T434 491T415 495H410V188H415Z"
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
                  "data-c": "3A6",
                  "xlink:href": "#MJX-16-TEX-N-3A6"
                })
              })
            })
          })]
        })
      }), " with a sum over the competing classes. For a scoring function ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "6.472ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 2860.7 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "h(x, y)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-17-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-17-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                "data-mml-node": "mi",
                children: createVNode(_components.use, {
                  "data-c": "210E",
                  "xlink:href": "#MJX-17-TEX-I-210E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(576,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-17-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(965,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D465",
                  "xlink:href": "#MJX-17-TEX-I-1D465"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1537,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-17-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1981.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D466",
                  "xlink:href": "#MJX-17-TEX-I-1D466"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2471.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-17-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " and true label ", createVNode(_component0, {
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
              id: "MJX-18-TEX-I-1D466",
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
                  "xlink:href": "#MJX-18-TEX-I-1D466"
                })
              })
            })
          })]
        })
      }), ", the family indexed by ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.312ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.318ex",
          height: "1.819ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -666 2350.6 804",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\tau \\ge 0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-19-TEX-I-1D70F",
              d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-N-2265",
              d: "M83 616Q83 624 89 630T99 636Q107 636 253 568T543 431T687 361Q694 356 694 346T687 331Q685 329 395 192L107 56H101Q83 58 83 76Q83 77 83 79Q82 86 98 95Q117 105 248 167Q326 204 378 228L626 346L360 472Q291 505 200 548Q112 589 98 597T83 616ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
            }), createVNode(_components.path, {
              id: "MJX-19-TEX-N-30",
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
                  "data-c": "1D70F",
                  "xlink:href": "#MJX-19-TEX-I-1D70F"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(794.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "2265",
                  "xlink:href": "#MJX-19-TEX-N-2265"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1850.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "30",
                  "xlink:href": "#MJX-19-TEX-N-30"
                })
              })]
            })
          })]
        })
      }), " is"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "99.527ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-3.631ex",
          minWidth: "99.527ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "8.394ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\ell^{\\text{comp}}_{\\tau}(h, x, y) = \\Phi^{\\tau}\\Big(\\sum_{y' \\ne y} e^{\\,h(x, y') - h(x, y)}\\Big), \\qquad\n\\Phi^{\\tau}(u) = \\begin{cases} \\log(1 + u) & \\tau = 1, \\\\[4pt] \\dfrac{1}{1 - \\tau}\\Big[(1 + u)^{1 - \\tau} - 1\\Big] & \\tau \\ge 0,\\ \\tau \\ne 1. \\end{cases} \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-20-TEX-I-2113",
            d: "M345 104T349 104T361 95T369 80T352 59Q268 -20 206 -20Q170 -20 146 3T113 53T99 104L94 129Q94 130 79 116T48 86T28 70Q22 70 15 79T7 94Q7 98 12 103T58 147L91 179V185Q91 186 91 191T92 200Q92 282 128 400T223 612T336 705Q397 705 397 636V627Q397 453 194 233Q185 223 180 218T174 211T171 208T165 201L163 186Q159 142 159 123Q159 17 208 17Q228 17 253 30T293 56T335 94Q345 104 349 104ZM360 634Q360 655 354 661T336 668Q328 668 322 666T302 645T272 592Q252 547 229 467T192 330L179 273Q179 272 186 280T204 300T221 322Q327 453 355 590Q360 612 360 634Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-63",
            d: "M370 305T349 305T313 320T297 358Q297 381 312 396Q317 401 317 402T307 404Q281 408 258 408Q209 408 178 376Q131 329 131 219Q131 137 162 90Q203 29 272 29Q313 29 338 55T374 117Q376 125 379 127T395 129H409Q415 123 415 120Q415 116 411 104T395 71T366 33T318 2T249 -11Q163 -11 99 53T34 214Q34 318 99 383T250 448T370 421T404 357Q404 334 387 320Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-70",
            d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-1D70F",
            d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-210E",
            d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-1D465",
            d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-1D466",
            d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-3A6",
            d: "M312 622Q310 623 307 625T303 629T297 631T286 634T270 635T246 636T211 637H184V683H196Q220 680 361 680T526 683H538V637H511Q468 637 447 635T422 631T411 622V533L425 531Q525 519 595 466T665 342Q665 301 642 267T583 209T506 172T425 152L411 150V61Q417 55 421 53T447 48T511 46H538V0H526Q502 3 361 3T196 0H184V46H211Q231 46 245 46T270 47T286 48T297 51T303 54T307 57T312 61V150H310Q309 151 289 153T232 166T160 195Q149 201 136 210T103 238T69 284T56 342Q56 414 128 467T294 530Q309 532 310 533H312V622ZM170 342Q170 207 307 188H312V495H309Q301 495 282 491T231 469T186 423Q170 389 170 342ZM415 188Q487 199 519 236T551 342Q551 384 539 414T507 459T470 481T434 491T415 495H410V188H415Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-LO-28",
            d: "M180 96T180 250T205 541T266 770T353 944T444 1069T527 1150H555Q561 1144 561 1141Q561 1137 545 1120T504 1072T447 995T386 878T330 721T288 513T272 251Q272 133 280 56Q293 -87 326 -209T399 -405T475 -531T536 -609T561 -640Q561 -643 555 -649H527Q483 -612 443 -568T353 -443T266 -270T205 -41Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-V-2032",
            d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2260",
            d: "M166 -215T159 -215T147 -212T141 -204T139 -197Q139 -190 144 -183L306 133H70Q56 140 56 153Q56 168 72 173H327L406 327H72Q56 332 56 347Q56 360 70 367H426Q597 702 602 707Q605 716 618 716Q625 716 630 712T636 703T638 696Q638 692 471 367H707Q722 359 722 347Q722 336 708 328L451 327L371 173H708Q722 163 722 153Q722 140 707 133H351Q175 -210 170 -212Q166 -215 159 -215Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-1D452",
            d: "M39 168Q39 225 58 272T107 350T174 402T244 433T307 442H310Q355 442 388 420T421 355Q421 265 310 237Q261 224 176 223Q139 223 138 221Q138 219 132 186T125 128Q125 81 146 54T209 26T302 45T394 111Q403 121 406 121Q410 121 419 112T429 98T420 82T390 55T344 24T281 -1T205 -11Q126 -11 83 42T39 168ZM373 353Q367 405 305 405Q272 405 244 391T199 357T170 316T154 280T149 261Q149 260 169 260Q282 260 327 284T373 353Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-LO-29",
            d: "M35 1138Q35 1150 51 1150H56H69Q113 1113 153 1069T243 944T330 771T391 541T416 250T391 -40T330 -270T243 -443T152 -568T69 -649H56Q43 -649 39 -647T35 -637Q65 -607 110 -548Q283 -316 316 56Q324 133 324 251Q324 368 316 445Q278 877 48 1123Q36 1137 35 1138Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-I-1D462",
            d: "M21 287Q21 295 30 318T55 370T99 420T158 442Q204 442 227 417T250 358Q250 340 216 246T182 105Q182 62 196 45T238 27T291 44T328 78L339 95Q341 99 377 247Q407 367 413 387T427 416Q444 431 463 431Q480 431 488 421T496 402L420 84Q419 79 419 68Q419 43 426 35T447 26Q469 29 482 57T512 145Q514 153 532 153Q551 153 551 144Q550 139 549 130T540 98T523 55T498 17T462 -8Q454 -10 438 -10Q372 -10 347 46Q345 45 336 36T318 21T296 6T267 -6T233 -11Q189 -11 155 7Q103 38 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-S4-23A7",
            d: "M712 899L718 893V876V865Q718 854 704 846Q627 793 577 710T510 525Q510 524 509 521Q505 493 504 349Q504 345 504 334Q504 277 504 240Q504 -2 503 -4Q502 -8 494 -9T444 -10Q392 -10 390 -9Q387 -8 386 -5Q384 5 384 230Q384 262 384 312T383 382Q383 481 392 535T434 656Q510 806 664 892L677 899H712Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-S4-23A9",
            d: "M718 -893L712 -899H677L666 -893Q542 -825 468 -714T385 -476Q384 -466 384 -282Q384 3 385 5L389 9Q392 10 444 10Q486 10 494 9T503 4Q504 2 504 -239V-310V-366Q504 -470 508 -513T530 -609Q546 -657 569 -698T617 -767T661 -812T699 -843T717 -856T718 -876V-893Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-S4-23A8",
            d: "M389 1159Q391 1160 455 1160Q496 1160 498 1159Q501 1158 502 1155Q504 1145 504 924Q504 691 503 682Q494 549 425 439T243 259L229 250L243 241Q349 175 421 66T503 -182Q504 -191 504 -424Q504 -600 504 -629T499 -659H498Q496 -660 444 -660T390 -659Q387 -658 386 -655Q384 -645 384 -425V-282Q384 -176 377 -116T342 10Q325 54 301 92T255 155T214 196T183 222T171 232Q170 233 170 250T171 268Q171 269 191 284T240 331T300 407T354 524T383 679Q384 691 384 925Q384 1152 385 1155L389 1159Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-S4-23AA",
            d: "M384 150V266Q384 304 389 309Q391 310 455 310Q496 310 498 309Q502 308 503 298Q504 283 504 150Q504 32 504 12T499 -9H498Q496 -10 444 -10T390 -9Q386 -8 385 2Q384 17 384 150Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-LO-5B",
            d: "M224 -649V1150H455V1099H275V-598H455V-649H224Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-LO-5D",
            d: "M16 1099V1150H247V-649H16V-598H196V1099H16Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2265",
            d: "M83 616Q83 624 89 630T99 636Q107 636 253 568T543 431T687 361Q694 356 694 346T687 331Q685 329 395 192L107 56H101Q83 58 83 76Q83 77 83 79Q82 86 98 95Q117 105 248 167Q326 204 378 228L626 346L360 472Q291 505 200 548Q112 589 98 597T83 616ZM84 -118Q84 -108 99 -98H678Q694 -104 694 -118Q694 -130 679 -138H98Q84 -131 84 -118Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-30",
            d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-A0",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-2E",
            d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-20-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -2105)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 2105) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "19917.4 -2105 1 3710",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msubsup",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "2113",
                              "xlink:href": "#MJX-20-TEX-I-2113"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(450,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mtext",
                              children: [createVNode(_components.use, {
                                "data-c": "63",
                                "xlink:href": "#MJX-20-TEX-N-63"
                              }), createVNode(_components.use, {
                                "data-c": "6F",
                                "xlink:href": "#MJX-20-TEX-N-6F",
                                transform: "translate(444,0)"
                              }), createVNode(_components.use, {
                                "data-c": "6D",
                                "xlink:href": "#MJX-20-TEX-N-6D",
                                transform: "translate(944,0)"
                              }), createVNode(_components.use, {
                                "data-c": "70",
                                "xlink:href": "#MJX-20-TEX-N-70",
                                transform: "translate(1777,0)"
                              })]
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(450,-247) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-20-TEX-I-1D70F"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2149.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-20-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2538.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "210E",
                            "xlink:href": "#MJX-20-TEX-I-210E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3114.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-20-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(3559.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D465",
                            "xlink:href": "#MJX-20-TEX-I-1D465"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4131.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-20-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(4576,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D466",
                            "xlink:href": "#MJX-20-TEX-I-1D466"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5066,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-20-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(5732.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-20-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(6788.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "3A6",
                              "xlink:href": "#MJX-20-TEX-N-3A6"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(755,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-20-TEX-I-1D70F"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(7959.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-20-TEX-LO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(8722.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-20-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(2.4,-1123.3) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "msup",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-20-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-20-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(767.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2260",
                                "xlink:href": "#MJX-20-TEX-N-2260"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1545.5,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-20-TEX-I-1D466"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(10333.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D452",
                              "xlink:href": "#MJX-20-TEX-I-1D452"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(499,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mstyle",
                              transform: "scale(1.414)",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mspace"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(236.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "210E",
                                "xlink:href": "#MJX-20-TEX-I-210E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(812.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-20-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(1201.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-20-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1773.2,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-20-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(2051.2,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D466",
                                  "xlink:href": "#MJX-20-TEX-I-1D466"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(523,363) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2032",
                                  "xlink:href": "#MJX-20-TEX-V-2032"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(2818.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-20-TEX-N-29"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3207.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2212",
                                "xlink:href": "#MJX-20-TEX-N-2212"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(3985.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "210E",
                                "xlink:href": "#MJX-20-TEX-I-210E"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(4561.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-20-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(4950.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D465",
                                "xlink:href": "#MJX-20-TEX-I-1D465"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(5522.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-20-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mi",
                              transform: "translate(5800.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "1D466",
                                "xlink:href": "#MJX-20-TEX-I-1D466"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(6290.6,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-20-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(15605.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-20-TEX-LO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16202.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-20-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(16480.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(18647.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "3A6",
                              "xlink:href": "#MJX-20-TEX-N-3A6"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(755,413) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D70F",
                                "xlink:href": "#MJX-20-TEX-I-1D70F"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19817.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-20-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(20206.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D462",
                            "xlink:href": "#MJX-20-TEX-I-1D462"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20778.9,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-20-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(21445.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-20-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mrow",
                          transform: "translate(22501.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "23A7",
                              "xlink:href": "#MJX-20-TEX-S4-23A7",
                              transform: "translate(0,1206)"
                            }), createVNode(_components.use, {
                              "data-c": "23A9",
                              "xlink:href": "#MJX-20-TEX-S4-23A9",
                              transform: "translate(0,-706)"
                            }), createVNode(_components.use, {
                              "data-c": "23A8",
                              "xlink:href": "#MJX-20-TEX-S4-23A8",
                              transform: "translate(0,0)"
                            }), createVNode(_components.svg, {
                              width: "889",
                              height: "236",
                              y: "1060",
                              x: "0",
                              viewBox: "0 41.6 889 236",
                              children: createVNode(_components.use, {
                                "data-c": "23AA",
                                "xlink:href": "#MJX-20-TEX-S4-23AA",
                                transform: "scale(1,1.161)"
                              })
                            }), createVNode(_components.svg, {
                              width: "889",
                              height: "236",
                              y: "-796",
                              x: "0",
                              viewBox: "0 41.6 889 236",
                              children: createVNode(_components.use, {
                                "data-c": "23AA",
                                "xlink:href": "#MJX-20-TEX-S4-23AA",
                                transform: "scale(1,1.161)"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mtable",
                            transform: "translate(889,0)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mtr",
                              transform: "translate(0,1355)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mtd",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: [createVNode(_components.use, {
                                    "data-c": "6C",
                                    "xlink:href": "#MJX-20-TEX-N-6C"
                                  }), createVNode(_components.use, {
                                    "data-c": "6F",
                                    "xlink:href": "#MJX-20-TEX-N-6F",
                                    transform: "translate(278,0)"
                                  }), createVNode(_components.use, {
                                    "data-c": "67",
                                    "xlink:href": "#MJX-20-TEX-N-67",
                                    transform: "translate(778,0)"
                                  })]
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(1278,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2061",
                                    "xlink:href": "#MJX-20-TEX-N-2061"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(1278,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-20-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(1667,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-20-TEX-N-31"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(2389.2,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-20-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(3389.4,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D462",
                                    "xlink:href": "#MJX-20-TEX-I-1D462"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(3961.4,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-20-TEX-N-29"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mtd",
                                transform: "translate(10770.6,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D70F",
                                    "xlink:href": "#MJX-20-TEX-I-1D70F"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(794.8,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "3D",
                                    "xlink:href": "#MJX-20-TEX-N-3D"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(1850.6,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-20-TEX-N-31"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(2350.6,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2C",
                                    "xlink:href": "#MJX-20-TEX-N-2C"
                                  })
                                })]
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mtr",
                              transform: "translate(0,-837)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mtd",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mstyle",
                                  children: createVNode(_components.g, {
                                    "data-mml-node": "mfrac",
                                    children: [createVNode(_components.g, {
                                      "data-mml-node": "mn",
                                      transform: "translate(1089.7,676)",
                                      children: createVNode(_components.use, {
                                        "data-c": "31",
                                        "xlink:href": "#MJX-20-TEX-N-31"
                                      })
                                    }), createVNode(_components.g, {
                                      "data-mml-node": "mrow",
                                      transform: "translate(220,-686)",
                                      children: [createVNode(_components.g, {
                                        "data-mml-node": "mn",
                                        children: createVNode(_components.use, {
                                          "data-c": "31",
                                          "xlink:href": "#MJX-20-TEX-N-31"
                                        })
                                      }), createVNode(_components.g, {
                                        "data-mml-node": "mo",
                                        transform: "translate(722.2,0)",
                                        children: createVNode(_components.use, {
                                          "data-c": "2212",
                                          "xlink:href": "#MJX-20-TEX-N-2212"
                                        })
                                      }), createVNode(_components.g, {
                                        "data-mml-node": "mi",
                                        transform: "translate(1722.4,0)",
                                        children: createVNode(_components.use, {
                                          "data-c": "1D70F",
                                          "xlink:href": "#MJX-20-TEX-I-1D70F"
                                        })
                                      })]
                                    }), createVNode(_components.rect, {
                                      width: "2439.4",
                                      height: "60",
                                      x: "120",
                                      y: "220"
                                    })]
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "TeXAtom",
                                  "data-mjx-texclass": "ORD",
                                  transform: "translate(2679.4,0)",
                                  children: createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(0 -0.5)",
                                    children: createVNode(_components.use, {
                                      "data-c": "5B",
                                      "xlink:href": "#MJX-20-TEX-LO-5B"
                                    })
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(3151.4,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-20-TEX-N-28"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(3540.4,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-20-TEX-N-31"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(4262.7,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-20-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(5262.9,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D462",
                                    "xlink:href": "#MJX-20-TEX-I-1D462"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "msup",
                                  transform: "translate(5834.9,0)",
                                  children: [createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    children: createVNode(_components.use, {
                                      "data-c": "29",
                                      "xlink:href": "#MJX-20-TEX-N-29"
                                    })
                                  }), createVNode(_components.g, {
                                    "data-mml-node": "TeXAtom",
                                    transform: "translate(422,363) scale(0.707)",
                                    "data-mjx-texclass": "ORD",
                                    children: [createVNode(_components.g, {
                                      "data-mml-node": "mn",
                                      children: createVNode(_components.use, {
                                        "data-c": "31",
                                        "xlink:href": "#MJX-20-TEX-N-31"
                                      })
                                    }), createVNode(_components.g, {
                                      "data-mml-node": "mo",
                                      transform: "translate(500,0)",
                                      children: createVNode(_components.use, {
                                        "data-c": "2212",
                                        "xlink:href": "#MJX-20-TEX-N-2212"
                                      })
                                    }), createVNode(_components.g, {
                                      "data-mml-node": "mi",
                                      transform: "translate(1278,0)",
                                      children: createVNode(_components.use, {
                                        "data-c": "1D70F",
                                        "xlink:href": "#MJX-20-TEX-I-1D70F"
                                      })
                                    })]
                                  })]
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(7798.4,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2212",
                                    "xlink:href": "#MJX-20-TEX-N-2212"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(8798.6,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-20-TEX-N-31"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "TeXAtom",
                                  "data-mjx-texclass": "ORD",
                                  transform: "translate(9298.6,0)",
                                  children: createVNode(_components.g, {
                                    "data-mml-node": "mo",
                                    transform: "translate(0 -0.5)",
                                    children: createVNode(_components.use, {
                                      "data-c": "5D",
                                      "xlink:href": "#MJX-20-TEX-LO-5D"
                                    })
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mtd",
                                transform: "translate(10770.6,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D70F",
                                    "xlink:href": "#MJX-20-TEX-I-1D70F"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(794.8,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2265",
                                    "xlink:href": "#MJX-20-TEX-N-2265"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(1850.6,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "30",
                                    "xlink:href": "#MJX-20-TEX-N-30"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(2350.6,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2C",
                                    "xlink:href": "#MJX-20-TEX-N-2C"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mtext",
                                  transform: "translate(2795.2,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "A0",
                                    "xlink:href": "#MJX-20-TEX-N-A0"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(3045.2,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D70F",
                                    "xlink:href": "#MJX-20-TEX-I-1D70F"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(3840,0)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2260",
                                    "xlink:href": "#MJX-20-TEX-N-2260"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mn",
                                  transform: "translate(4895.8,0)",
                                  children: [createVNode(_components.use, {
                                    "data-c": "31",
                                    "xlink:href": "#MJX-20-TEX-N-31"
                                  }), createVNode(_components.use, {
                                    "data-c": "2E",
                                    "xlink:href": "#MJX-20-TEX-N-2E",
                                    transform: "translate(500,0)"
                                  })]
                                })]
                              })]
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(17333.4,0) translate(0 250)"
                          })]
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -2105 1 3710",
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
                          "xlink:href": "#MJX-20-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "32",
                          "xlink:href": "#MJX-20-TEX-N-32",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-20-TEX-N-29",
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
      children: ["Writing ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.974ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "22.365ex",
          height: "3.009ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -899.7 9885.1 1330",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "p_y = e^{h(x,y)} / \\sum_{y'} e^{h(x,y')}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-3D",
              d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D452",
              d: "M39 168Q39 225 58 272T107 350T174 402T244 433T307 442H310Q355 442 388 420T421 355Q421 265 310 237Q261 224 176 223Q139 223 138 221Q138 219 132 186T125 128Q125 81 146 54T209 26T302 45T394 111Q403 121 406 121Q410 121 419 112T429 98T420 82T390 55T344 24T281 -1T205 -11Q126 -11 83 42T39 168ZM373 353Q367 405 305 405Q272 405 244 391T199 357T170 316T154 280T149 261Q149 260 169 260Q282 260 327 284T373 353Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-210E",
              d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-I-1D465",
              d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-SO-2211",
              d: "M61 748Q64 750 489 750H913L954 640Q965 609 976 579T993 533T999 516H979L959 517Q936 579 886 621T777 682Q724 700 655 705T436 710H319Q183 710 183 709Q186 706 348 484T511 259Q517 250 513 244L490 216Q466 188 420 134T330 27L149 -187Q149 -188 362 -188Q388 -188 436 -188T506 -189Q679 -189 778 -162T936 -43Q946 -27 959 6H999L913 -249L489 -250Q65 -250 62 -248Q56 -246 56 -239Q56 -234 118 -161Q186 -81 245 -11L428 206Q428 207 242 462L57 717L56 728Q56 744 61 748Z"
            }), createVNode(_components.path, {
              id: "MJX-21-TEX-V-2032",
              d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
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
                    "data-c": "1D45D",
                    "xlink:href": "#MJX-21-TEX-I-1D45D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(536,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-21-TEX-I-1D466"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1210.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "3D",
                  "xlink:href": "#MJX-21-TEX-N-3D"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(2266,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D452",
                    "xlink:href": "#MJX-21-TEX-I-1D452"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(499,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "210E",
                      "xlink:href": "#MJX-21-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(576,0)",
                    children: createVNode(_components.use, {
                      "data-c": "28",
                      "xlink:href": "#MJX-21-TEX-N-28"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(965,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D465",
                      "xlink:href": "#MJX-21-TEX-I-1D465"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(1537,0)",
                    children: createVNode(_components.use, {
                      "data-c": "2C",
                      "xlink:href": "#MJX-21-TEX-N-2C"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(1815,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-21-TEX-I-1D466"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(2305,0)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-21-TEX-N-29"
                    })
                  })]
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(4720,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-21-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "munder",
                transform: "translate(5386.7,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2211",
                    "xlink:href": "#MJX-21-TEX-SO-2211"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(1089,-285.4) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "msup",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-21-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(523,289) scale(0.707)",
                      children: createVNode(_components.use, {
                        "data-c": "2032",
                        "xlink:href": "#MJX-21-TEX-V-2032"
                      })
                    })]
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(7235,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D452",
                    "xlink:href": "#MJX-21-TEX-I-1D452"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(499,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "210E",
                      "xlink:href": "#MJX-21-TEX-I-210E"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(576,0)",
                    children: createVNode(_components.use, {
                      "data-c": "28",
                      "xlink:href": "#MJX-21-TEX-N-28"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(965,0)",
                    children: createVNode(_components.use, {
                      "data-c": "1D465",
                      "xlink:href": "#MJX-21-TEX-I-1D465"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(1537,0)",
                    children: createVNode(_components.use, {
                      "data-c": "2C",
                      "xlink:href": "#MJX-21-TEX-N-2C"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "msup",
                    transform: "translate(1815,0)",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-21-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(523,363) scale(0.707)",
                      children: createVNode(_components.use, {
                        "data-c": "2032",
                        "xlink:href": "#MJX-21-TEX-V-2032"
                      })
                    })]
                  }), createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(2582.5,0)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-21-TEX-N-29"
                    })
                  })]
                })]
              })]
            })
          })]
        })
      }), " for the softmax probability of the true class, the sum inside ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.648ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 1170.6 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Phi^{\\tau}",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-22-TEX-N-3A6",
              d: "M312 622Q310 623 307 625T303 629T297 631T286 634T270 635T246 636T211 637H184V683H196Q220 680 361 680T526 683H538V637H511Q468 637 447 635T422 631T411 622V533L425 531Q525 519 595 466T665 342Q665 301 642 267T583 209T506 172T425 152L411 150V61Q417 55 421 53T447 48T511 46H538V0H526Q502 3 361 3T196 0H184V46H211Q231 46 245 46T270 47T286 48T297 51T303 54T307 57T312 61V150H310Q309 151 289 153T232 166T160 195Q149 201 136 210T103 238T69 284T56 342Q56 414 128 467T294 530Q309 532 310 533H312V622ZM170 342Q170 207 307 188H312V495H309Q301 495 282 491T231 469T186 423Q170 389 170 342ZM415 188Q487 199 519 236T551 342Q551 384 539 414T507 459T470 481T434 491T415 495H410V188H415Z"
            }), createVNode(_components.path, {
              id: "MJX-22-TEX-I-1D70F",
              d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
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
                    "data-c": "3A6",
                    "xlink:href": "#MJX-22-TEX-N-3A6"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  transform: "translate(755,363) scale(0.707)",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D70F",
                      "xlink:href": "#MJX-22-TEX-I-1D70F"
                    })
                  })
                })]
              })
            })
          })]
        })
      }), " equals ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.667ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "8.269ex",
          height: "2.364ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3654.9 1045",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "1/p_y - 1",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-23-TEX-N-31",
              d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-N-2F",
              d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-I-1D45D",
              d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-I-1D466",
              d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
            }), createVNode(_components.path, {
              id: "MJX-23-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
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
                  "xlink:href": "#MJX-23-TEX-N-31"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(500,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2F",
                    "xlink:href": "#MJX-23-TEX-N-2F"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(1000,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D45D",
                    "xlink:href": "#MJX-23-TEX-I-1D45D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(536,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D466",
                    "xlink:href": "#MJX-23-TEX-I-1D466"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2154.7,0)",
                children: createVNode(_components.use, {
                  "data-c": "2212",
                  "xlink:href": "#MJX-23-TEX-N-2212"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(3154.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-23-TEX-N-31"
                })
              })]
            })
          })]
        })
      }), ", and Eq. (2) recovers familiar losses:"]
    }), "\n", createVNode(_components.ul, {
      children: ["\n", createVNode(_components.li, {
        children: [createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.186ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "5.318ex",
            height: "1.692ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -666 2350.6 748",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\tau = 0",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-24-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-24-TEX-N-3D",
                d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
              }), createVNode(_components.path, {
                id: "MJX-24-TEX-N-30",
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
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-24-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(794.8,0)",
                  children: createVNode(_components.use, {
                    "data-c": "3D",
                    "xlink:href": "#MJX-24-TEX-N-3D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(1850.6,0)",
                  children: createVNode(_components.use, {
                    "data-c": "30",
                    "xlink:href": "#MJX-24-TEX-N-30"
                  })
                })]
              })
            })]
          })
        }), ": the sum-exponential loss ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.99ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "17.761ex",
            height: "3.025ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -899.7 7850.2 1337.1",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\sum_{y' \\ne y} e^{h(x,y') - h(x,y)}",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-25-TEX-SO-2211",
                d: "M61 748Q64 750 489 750H913L954 640Q965 609 976 579T993 533T999 516H979L959 517Q936 579 886 621T777 682Q724 700 655 705T436 710H319Q183 710 183 709Q186 706 348 484T511 259Q517 250 513 244L490 216Q466 188 420 134T330 27L149 -187Q149 -188 362 -188Q388 -188 436 -188T506 -189Q679 -189 778 -162T936 -43Q946 -27 959 6H999L913 -249L489 -250Q65 -250 62 -248Q56 -246 56 -239Q56 -234 118 -161Q186 -81 245 -11L428 206Q428 207 242 462L57 717L56 728Q56 744 61 748Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-I-1D466",
                d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-V-2032",
                d: "M79 43Q73 43 52 49T30 61Q30 68 85 293T146 528Q161 560 198 560Q218 560 240 545T262 501Q262 496 260 486Q259 479 173 263T84 45T79 43Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-N-2260",
                d: "M166 -215T159 -215T147 -212T141 -204T139 -197Q139 -190 144 -183L306 133H70Q56 140 56 153Q56 168 72 173H327L406 327H72Q56 332 56 347Q56 360 70 367H426Q597 702 602 707Q605 716 618 716Q625 716 630 712T636 703T638 696Q638 692 471 367H707Q722 359 722 347Q722 336 708 328L451 327L371 173H708Q722 163 722 153Q722 140 707 133H351Q175 -210 170 -212Q166 -215 159 -215Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-I-1D452",
                d: "M39 168Q39 225 58 272T107 350T174 402T244 433T307 442H310Q355 442 388 420T421 355Q421 265 310 237Q261 224 176 223Q139 223 138 221Q138 219 132 186T125 128Q125 81 146 54T209 26T302 45T394 111Q403 121 406 121Q410 121 419 112T429 98T420 82T390 55T344 24T281 -1T205 -11Q126 -11 83 42T39 168ZM373 353Q367 405 305 405Q272 405 244 391T199 357T170 316T154 280T149 261Q149 260 169 260Q282 260 327 284T373 353Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-I-210E",
                d: "M137 683Q138 683 209 688T282 694Q294 694 294 685Q294 674 258 534Q220 386 220 383Q220 381 227 388Q288 442 357 442Q411 442 444 415T478 336Q478 285 440 178T402 50Q403 36 407 31T422 26Q450 26 474 56T513 138Q516 149 519 151T535 153Q555 153 555 145Q555 144 551 130Q535 71 500 33Q466 -10 419 -10H414Q367 -10 346 17T325 74Q325 90 361 192T398 345Q398 404 354 404H349Q266 404 205 306L198 293L164 158Q132 28 127 16Q114 -11 83 -11Q69 -11 59 -2T48 16Q48 30 121 320L195 616Q195 629 188 632T149 637H128Q122 643 122 645T124 664Q129 683 137 683Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-N-28",
                d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-I-1D465",
                d: "M52 289Q59 331 106 386T222 442Q257 442 286 424T329 379Q371 442 430 442Q467 442 494 420T522 361Q522 332 508 314T481 292T458 288Q439 288 427 299T415 328Q415 374 465 391Q454 404 425 404Q412 404 406 402Q368 386 350 336Q290 115 290 78Q290 50 306 38T341 26Q378 26 414 59T463 140Q466 150 469 151T485 153H489Q504 153 504 145Q504 144 502 134Q486 77 440 33T333 -11Q263 -11 227 52Q186 -10 133 -10H127Q78 -10 57 16T35 71Q35 103 54 123T99 143Q142 143 142 101Q142 81 130 66T107 46T94 41L91 40Q91 39 97 36T113 29T132 26Q168 26 194 71Q203 87 217 139T245 247T261 313Q266 340 266 352Q266 380 251 392T217 404Q177 404 142 372T93 290Q91 281 88 280T72 278H58Q52 284 52 289Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-N-2C",
                d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-N-29",
                d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
              }), createVNode(_components.path, {
                id: "MJX-25-TEX-N-2212",
                d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
              })]
            }), createVNode(_components.g, {
              stroke: "currentColor",
              fill: "currentColor",
              "stroke-width": "0",
              transform: "scale(1,-1)",
              children: createVNode(_components.g, {
                "data-mml-node": "math",
                children: [createVNode(_components.g, {
                  "data-mml-node": "munder",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2211",
                      "xlink:href": "#MJX-25-TEX-SO-2211"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    transform: "translate(1089,-285.4) scale(0.707)",
                    "data-mjx-texclass": "ORD",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "msup",
                      children: [createVNode(_components.g, {
                        "data-mml-node": "mi",
                        children: createVNode(_components.use, {
                          "data-c": "1D466",
                          "xlink:href": "#MJX-25-TEX-I-1D466"
                        })
                      }), createVNode(_components.g, {
                        "data-mml-node": "mo",
                        transform: "translate(523,289) scale(0.707)",
                        children: createVNode(_components.use, {
                          "data-c": "2032",
                          "xlink:href": "#MJX-25-TEX-V-2032"
                        })
                      })]
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(767.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2260",
                        "xlink:href": "#MJX-25-TEX-N-2260"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(1545.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-25-TEX-I-1D466"
                      })
                    })]
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "msup",
                  transform: "translate(2745,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D452",
                      "xlink:href": "#MJX-25-TEX-I-1D452"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    transform: "translate(499,363) scale(0.707)",
                    "data-mjx-texclass": "ORD",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mi",
                      children: createVNode(_components.use, {
                        "data-c": "210E",
                        "xlink:href": "#MJX-25-TEX-I-210E"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(576,0)",
                      children: createVNode(_components.use, {
                        "data-c": "28",
                        "xlink:href": "#MJX-25-TEX-N-28"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(965,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D465",
                        "xlink:href": "#MJX-25-TEX-I-1D465"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(1537,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2C",
                        "xlink:href": "#MJX-25-TEX-N-2C"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "msup",
                      transform: "translate(1815,0)",
                      children: [createVNode(_components.g, {
                        "data-mml-node": "mi",
                        children: createVNode(_components.use, {
                          "data-c": "1D466",
                          "xlink:href": "#MJX-25-TEX-I-1D466"
                        })
                      }), createVNode(_components.g, {
                        "data-mml-node": "mo",
                        transform: "translate(523,363) scale(0.707)",
                        children: createVNode(_components.use, {
                          "data-c": "2032",
                          "xlink:href": "#MJX-25-TEX-V-2032"
                        })
                      })]
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(2582.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "29",
                        "xlink:href": "#MJX-25-TEX-N-29"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(2971.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2212",
                        "xlink:href": "#MJX-25-TEX-N-2212"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(3749.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "210E",
                        "xlink:href": "#MJX-25-TEX-I-210E"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(4325.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "28",
                        "xlink:href": "#MJX-25-TEX-N-28"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(4714.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D465",
                        "xlink:href": "#MJX-25-TEX-I-1D465"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(5286.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2C",
                        "xlink:href": "#MJX-25-TEX-N-2C"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(5564.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D466",
                        "xlink:href": "#MJX-25-TEX-I-1D466"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(6054.5,0)",
                      children: createVNode(_components.use, {
                        "data-c": "29",
                        "xlink:href": "#MJX-25-TEX-N-29"
                      })
                    })]
                  })]
                })]
              })
            })]
          })
        }), ";"]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.186ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "5.318ex",
            height: "1.692ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -666 2350.6 748",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\tau = 1",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-26-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-26-TEX-N-3D",
                d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
              }), createVNode(_components.path, {
                id: "MJX-26-TEX-N-31",
                d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
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
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-26-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(794.8,0)",
                  children: createVNode(_components.use, {
                    "data-c": "3D",
                    "xlink:href": "#MJX-26-TEX-N-3D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(1850.6,0)",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-26-TEX-N-31"
                  })
                })]
              })
            })]
          })
        }), ": the logistic loss ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.667ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "7.515ex",
            height: "2.237ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -694 3321.8 989",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "-\\log p_y",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-27-TEX-N-2212",
                d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-N-6C",
                d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-N-6F",
                d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-N-67",
                d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-N-2061",
                d: ""
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-I-1D45D",
                d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
              }), createVNode(_components.path, {
                id: "MJX-27-TEX-I-1D466",
                d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                    "data-c": "2212",
                    "xlink:href": "#MJX-27-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(944.7,0)",
                  children: [createVNode(_components.use, {
                    "data-c": "6C",
                    "xlink:href": "#MJX-27-TEX-N-6C"
                  }), createVNode(_components.use, {
                    "data-c": "6F",
                    "xlink:href": "#MJX-27-TEX-N-6F",
                    transform: "translate(278,0)"
                  }), createVNode(_components.use, {
                    "data-c": "67",
                    "xlink:href": "#MJX-27-TEX-N-67",
                    transform: "translate(778,0)"
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(2222.7,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2061",
                    "xlink:href": "#MJX-27-TEX-N-2061"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "msub",
                  transform: "translate(2389.3,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D45D",
                      "xlink:href": "#MJX-27-TEX-I-1D45D"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(536,-150) scale(0.707)",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-27-TEX-I-1D466"
                    })
                  })]
                })]
              })
            })]
          })
        }), ", that is, softmax cross-entropy;"]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.09ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "9.466ex",
            height: "1.597ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -666 4184.1 706",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "1 \\lt \\tau \\lt 2",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-28-TEX-N-31",
                d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
              }), createVNode(_components.path, {
                id: "MJX-28-TEX-N-3C",
                d: "M694 -11T694 -19T688 -33T678 -40Q671 -40 524 29T234 166L90 235Q83 240 83 250Q83 261 91 266Q664 540 678 540Q681 540 687 534T694 519T687 505Q686 504 417 376L151 250L417 124Q686 -4 687 -5Q694 -11 694 -19Z"
              }), createVNode(_components.path, {
                id: "MJX-28-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-28-TEX-N-32",
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
                  "data-mml-node": "mn",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-28-TEX-N-31"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(777.8,0)",
                  children: createVNode(_components.use, {
                    "data-c": "3C",
                    "xlink:href": "#MJX-28-TEX-N-3C"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(1833.6,0)",
                  children: createVNode(_components.use, {
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-28-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(2628.3,0)",
                  children: createVNode(_components.use, {
                    "data-c": "3C",
                    "xlink:href": "#MJX-28-TEX-N-3C"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(3684.1,0)",
                  children: createVNode(_components.use, {
                    "data-c": "32",
                    "xlink:href": "#MJX-28-TEX-N-32"
                  })
                })]
              })
            })]
          })
        }), ": the generalised cross-entropy ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.887ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "18.503ex",
            height: "2.809ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -849.5 8178.1 1241.5",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\big(1 - p_y^{\\,\\tau - 1}\\big)/(\\tau - 1)",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-29-TEX-SO-28",
                d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-N-31",
                d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-N-2212",
                d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-I-1D45D",
                d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-I-1D466",
                d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-SO-29",
                d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-N-2F",
                d: "M423 750Q432 750 438 744T444 730Q444 725 271 248T92 -240Q85 -250 75 -250Q68 -250 62 -245T56 -231Q56 -221 230 257T407 740Q411 750 423 750Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-N-28",
                d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
              }), createVNode(_components.path, {
                id: "MJX-29-TEX-N-29",
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
                    "data-mml-node": "mo",
                    transform: "translate(0 -0.5)",
                    children: createVNode(_components.use, {
                      "data-c": "28",
                      "xlink:href": "#MJX-29-TEX-SO-28"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(458,0)",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-29-TEX-N-31"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(1180.2,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-29-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "msubsup",
                  transform: "translate(2180.4,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D45D",
                      "xlink:href": "#MJX-29-TEX-I-1D45D"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    transform: "translate(536,363) scale(0.707)",
                    "data-mjx-texclass": "ORD",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mstyle",
                      transform: "scale(1.414)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mspace"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(236.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D70F",
                        "xlink:href": "#MJX-29-TEX-I-1D70F"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(753.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2212",
                        "xlink:href": "#MJX-29-TEX-N-2212"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mn",
                      transform: "translate(1531.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "31",
                        "xlink:href": "#MJX-29-TEX-N-31"
                      })
                    })]
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(536,-247) scale(0.707)",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-29-TEX-I-1D466"
                    })
                  })]
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  transform: "translate(4202.7,0)",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mo",
                    transform: "translate(0 -0.5)",
                    children: createVNode(_components.use, {
                      "data-c": "29",
                      "xlink:href": "#MJX-29-TEX-SO-29"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  transform: "translate(4660.7,0)",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mo",
                    children: createVNode(_components.use, {
                      "data-c": "2F",
                      "xlink:href": "#MJX-29-TEX-N-2F"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(5160.7,0)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-29-TEX-N-28"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(5549.7,0)",
                  children: createVNode(_components.use, {
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-29-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(6288.9,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-29-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(7289.1,0)",
                  children: createVNode(_components.use, {
                    "data-c": "31",
                    "xlink:href": "#MJX-29-TEX-N-31"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(7789.1,0)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-29-TEX-N-29"
                  })
                })]
              })
            })]
          })
        }), ";"]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.186ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "5.318ex",
            height: "1.692ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -666 2350.6 748",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "\\tau = 2",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-30-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-30-TEX-N-3D",
                d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
              }), createVNode(_components.path, {
                id: "MJX-30-TEX-N-32",
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
                    "data-c": "1D70F",
                    "xlink:href": "#MJX-30-TEX-I-1D70F"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(794.8,0)",
                  children: createVNode(_components.use, {
                    "data-c": "3D",
                    "xlink:href": "#MJX-30-TEX-N-3D"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(1850.6,0)",
                  children: createVNode(_components.use, {
                    "data-c": "32",
                    "xlink:href": "#MJX-30-TEX-N-32"
                  })
                })]
              })
            })]
          })
        }), ": ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.667ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "6.007ex",
            height: "2.174ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -666 2654.9 961",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "1 - p_y",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-31-TEX-N-31",
                d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
              }), createVNode(_components.path, {
                id: "MJX-31-TEX-N-2212",
                d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
              }), createVNode(_components.path, {
                id: "MJX-31-TEX-I-1D45D",
                d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
              }), createVNode(_components.path, {
                id: "MJX-31-TEX-I-1D466",
                d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                    "xlink:href": "#MJX-31-TEX-N-31"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(722.2,0)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-31-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "msub",
                  transform: "translate(1722.4,0)",
                  children: [createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "1D45D",
                      "xlink:href": "#MJX-31-TEX-I-1D45D"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(536,-150) scale(0.707)",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-31-TEX-I-1D466"
                    })
                  })]
                })]
              })
            })]
          })
        }), ", the mean absolute error up to a constant factor."]
      }), "\n"]
    }), "\n", createVNode(_components.p, {
      children: ["So a single parameter slides from an exponential-type loss through cross-entropy to the bounded, noise-tolerant losses used for noisy labels. The paper proves bounds of the form of Eq. (1) for every member of this family, with a function ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.414ex",
          height: "1.538ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -680 625 680",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\Gamma",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-32-TEX-N-393",
              d: "M128 619Q121 626 117 628T101 631T58 634H25V680H554V676Q556 670 568 560T582 444V440H542V444Q542 445 538 478T523 545T492 598Q454 634 349 634H334Q264 634 249 633T233 621Q232 618 232 339L233 61Q240 54 245 52T270 48T333 46H360V0H348Q324 3 182 3Q51 3 36 0H25V46H58Q100 47 109 49T128 61V619Z"
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
                  "data-c": "393",
                  "xlink:href": "#MJX-32-TEX-N-393"
                })
              })
            })
          })]
        })
      }), " that it gives explicitly and that depends on ", createVNode(_component0, {
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
              id: "MJX-33-TEX-I-1D70F",
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
                  "xlink:href": "#MJX-33-TEX-I-1D70F"
                })
              })
            })
          })]
        })
      }), ", and it shows the bounds are tight. Because minimizability gaps decide how informative the bounds are, it also analyses the gaps of comp-sum losses specifically, making them more explicit."]
    }), "\n", createVNode(_components.p, {
      children: ["For adversarial robustness, where the zero-one loss is replaced by its worst case over small perturbations of ", createVNode(_component0, {
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
              id: "MJX-34-TEX-I-1D465",
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
                  "xlink:href": "#MJX-34-TEX-I-1D465"
                })
              })
            })
          })]
        })
      }), ", the authors define smooth adversarial comp-sum losses: each comp-sum loss plus a related smooth term. They prove ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-35-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-35-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), "-consistency bounds for these too, and derive training algorithms that minimise a regularised smooth adversarial comp-sum loss."]
    }), "\n", createVNode(_components.h2, {
      id: "try-this",
      children: "Try this"
    }), "\n", createVNode(_components.p, {
      children: "The figure trains a two-hidden-layer network (128 ReLU units each) with full-batch Adam on 300 points from three Gaussian classes, under the comp-sum loss of Eq. (2) for the τ you choose."
    }), "\n", createVNode(_components.ol, {
      children: ["\n", createVNode(_components.li, {
        children: [createVNode(_components.a, {
          href: "?cs.tau=2&cs.cmp=tau~1#cs",
          children: "Pin cross-entropy, then switch to MAE"
        }), ": the dashed curves are cross-entropy. In our runs (seed 1, 1000 steps) its clean-test accuracy peaks near 0.9 and then falls to about 0.57 as it memorises the flipped labels, while MAE stays at about 0.90 and memorises few of them."]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_components.a, {
          href: "?cs.tau=1.5&cs.cmp=tau~1,tau~2#cs",
          children: "Generalised cross-entropy between the two"
        }), ": τ = 1.5 lands in between, at about 0.75 in our runs: the weight ", createVNode(_component0, {
          class: "MathJax",
          jax: "SVG",
          children: createVNode(_components.svg, {
            style: {
              verticalAlign: "-0.887ex"
            },
            xmlns: "http://www.w3.org/2000/svg",
            width: "4.575ex",
            height: "2.774ex",
            role: "img",
            focusable: "false",
            viewBox: "0 -833.9 2022.3 1225.9",
            "xmlns:xlink": "http://www.w3.org/1999/xlink",
            "aria-label": "p_y^{\\,\\tau-1}",
            children: [createVNode(_components.defs, {
              children: [createVNode(_components.path, {
                id: "MJX-36-TEX-I-1D45D",
                d: "M23 287Q24 290 25 295T30 317T40 348T55 381T75 411T101 433T134 442Q209 442 230 378L240 387Q302 442 358 442Q423 442 460 395T497 281Q497 173 421 82T249 -10Q227 -10 210 -4Q199 1 187 11T168 28L161 36Q160 35 139 -51T118 -138Q118 -144 126 -145T163 -148H188Q194 -155 194 -157T191 -175Q188 -187 185 -190T172 -194Q170 -194 161 -194T127 -193T65 -192Q-5 -192 -24 -194H-32Q-39 -187 -39 -183Q-37 -156 -26 -148H-6Q28 -147 33 -136Q36 -130 94 103T155 350Q156 355 156 364Q156 405 131 405Q109 405 94 377T71 316T59 280Q57 278 43 278H29Q23 284 23 287ZM178 102Q200 26 252 26Q282 26 310 49T356 107Q374 141 392 215T411 325V331Q411 405 350 405Q339 405 328 402T306 393T286 380T269 365T254 350T243 336T235 326L232 322Q232 321 229 308T218 264T204 212Q178 106 178 102Z"
              }), createVNode(_components.path, {
                id: "MJX-36-TEX-I-1D70F",
                d: "M39 284Q18 284 18 294Q18 301 45 338T99 398Q134 425 164 429Q170 431 332 431Q492 431 497 429Q517 424 517 402Q517 388 508 376T485 360Q479 358 389 358T299 356Q298 355 283 274T251 109T233 20Q228 5 215 -4T186 -13Q153 -13 153 20V30L203 192Q214 228 227 272T248 336L254 357Q254 358 208 358Q206 358 197 358T183 359Q105 359 61 295Q56 287 53 286T39 284Z"
              }), createVNode(_components.path, {
                id: "MJX-36-TEX-N-2212",
                d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
              }), createVNode(_components.path, {
                id: "MJX-36-TEX-N-31",
                d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
              }), createVNode(_components.path, {
                id: "MJX-36-TEX-I-1D466",
                d: "M21 287Q21 301 36 335T84 406T158 442Q199 442 224 419T250 355Q248 336 247 334Q247 331 231 288T198 191T182 105Q182 62 196 45T238 27Q261 27 281 38T312 61T339 94Q339 95 344 114T358 173T377 247Q415 397 419 404Q432 431 462 431Q475 431 483 424T494 412T496 403Q496 390 447 193T391 -23Q363 -106 294 -155T156 -205Q111 -205 77 -183T43 -117Q43 -95 50 -80T69 -58T89 -48T106 -45Q150 -45 150 -87Q150 -107 138 -122T115 -142T102 -147L99 -148Q101 -153 118 -160T152 -167H160Q177 -167 186 -165Q219 -156 247 -127T290 -65T313 -9T321 21L315 17Q309 13 296 6T270 -6Q250 -11 231 -11Q185 -11 150 11T104 82Q103 89 103 113Q103 170 138 262T173 379Q173 380 173 381Q173 390 173 393T169 400T158 404H154Q131 404 112 385T82 344T65 302T57 280Q55 278 41 278H27Q21 284 21 287Z"
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
                      "data-c": "1D45D",
                      "xlink:href": "#MJX-36-TEX-I-1D45D"
                    })
                  }), createVNode(_components.g, {
                    "data-mml-node": "TeXAtom",
                    transform: "translate(536,363) scale(0.707)",
                    "data-mjx-texclass": "ORD",
                    children: [createVNode(_components.g, {
                      "data-mml-node": "mstyle",
                      transform: "scale(1.414)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mspace"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mi",
                      transform: "translate(236.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "1D70F",
                        "xlink:href": "#MJX-36-TEX-I-1D70F"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mo",
                      transform: "translate(753.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "2212",
                        "xlink:href": "#MJX-36-TEX-N-2212"
                      })
                    }), createVNode(_components.g, {
                      "data-mml-node": "mn",
                      transform: "translate(1531.2,0)",
                      children: createVNode(_components.use, {
                        "data-c": "31",
                        "xlink:href": "#MJX-36-TEX-N-31"
                      })
                    })]
                  }), createVNode(_components.g, {
                    "data-mml-node": "mi",
                    transform: "translate(536,-247) scale(0.707)",
                    children: createVNode(_components.use, {
                      "data-c": "1D466",
                      "xlink:href": "#MJX-36-TEX-I-1D466"
                    })
                  })]
                })
              })
            })]
          })
        }), " that it puts on each point’s gradient shrinks the pull of points the model finds unlikely, and flipped points are mostly such points."]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_components.a, {
          href: "?cs.noise=0&cs.spread=0.3&cs.cmp=tau~2#cs",
          children: "Take the noise away"
        }), ": with clean, well-separated labels cross-entropy fits every training point within about 30 steps; MAE (dashed) gets most of them at once but is still short of all of them at the end of the run. Its robustness and its slow fitting are the same property: a bounded loss gives little gradient to a point it gets badly wrong."]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_components.a, {
          href: "?cs.tau=0&cs.cmp=tau~1#cs",
          children: "The sum-exponential end, τ = 0"
        }), ": compare it with cross-entropy at 40% noise. Raise the ", createVNode(_components.a, {
          href: "?cs.tau=0&cs.lr=0.3#cs",
          children: "learning rate"
        }), " and see whether its exponentially growing loss stays finite."]
      }), "\n", createVNode(_components.li, {
        children: [createVNode(_components.a, {
          href: "?cs.spread=0.9&cs.cmp=tau~2#cs",
          children: "More overlap between classes"
        }), ": with overlapping classes even clean labels contradict each other near the boundaries, and the difference between the losses changes shape."]
      }), "\n"]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-toy-leaves-out",
      children: "What the toy leaves out"
    }), "\n", createVNode(_components.table, {
      children: [createVNode(_components.thead, {
        children: createVNode(_components.tr, {
          children: [createVNode(_components.th, {}), createVNode(_components.th, {
            children: "The paper"
          }), createVNode(_components.th, {
            children: "This figure"
          })]
        })
      }), createVNode(_components.tbody, {
        children: [createVNode(_components.tr, {
          children: [createVNode(_components.td, {
            children: "Model"
          }), createVNode(_components.td, {
            children: ["General hypothesis sets ", createVNode(_component0, {
              class: "MathJax",
              jax: "SVG",
              children: createVNode(_components.svg, {
                style: {
                  verticalAlign: "-0.109ex"
                },
                xmlns: "http://www.w3.org/2000/svg",
                width: "1.912ex",
                height: "1.654ex",
                role: "img",
                focusable: "false",
                viewBox: "0 -683 845 731",
                "xmlns:xlink": "http://www.w3.org/1999/xlink",
                "aria-label": "\\mathcal{H}",
                children: [createVNode(_components.defs, {
                  children: createVNode(_components.path, {
                    id: "MJX-37-TEX-C-48",
                    d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                          "data-c": "48",
                          "xlink:href": "#MJX-37-TEX-C-48"
                        })
                      })
                    })
                  })
                })]
              })
            }), "; bounds hold for the set actually used"]
          }), createVNode(_components.td, {
            children: "One small ReLU network, 2 → 128 → 128 → K"
          })]
        }), createVNode(_components.tr, {
          children: [createVNode(_components.td, {
            children: "Data"
          }), createVNode(_components.td, {
            children: "Theory for any distribution; experiments on standard image benchmarks"
          }), createVNode(_components.td, {
            children: "300 training points from 2 to 6 Gaussian classes in the plane, labels flipped uniformly at random, 900 clean test points"
          })]
        }), createVNode(_components.tr, {
          children: [createVNode(_components.td, {
            children: "Scale"
          }), createVNode(_components.td, {
            children: "Proofs, plus an empirical comparison of comp-sum losses"
          }), createVNode(_components.td, {
            children: "1000 full-batch Adam steps in your browser, one seed at a time"
          })]
        }), createVNode(_components.tr, {
          children: [createVNode(_components.td, {
            children: "Claim shown"
          }), createVNode(_components.td, {
            children: [createVNode(_component0, {
              class: "MathJax",
              jax: "SVG",
              children: createVNode(_components.svg, {
                style: {
                  verticalAlign: "-0.109ex"
                },
                xmlns: "http://www.w3.org/2000/svg",
                width: "1.912ex",
                height: "1.654ex",
                role: "img",
                focusable: "false",
                viewBox: "0 -683 845 731",
                "xmlns:xlink": "http://www.w3.org/1999/xlink",
                "aria-label": "\\mathcal{H}",
                children: [createVNode(_components.defs, {
                  children: createVNode(_components.path, {
                    id: "MJX-38-TEX-C-48",
                    d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                          "data-c": "48",
                          "xlink:href": "#MJX-38-TEX-C-48"
                        })
                      })
                    })
                  })
                })]
              })
            }), "-consistency bounds, their tightness, minimizability gaps, adversarial variants"]
          }), createVNode(_components.td, {
            children: "How the choice of τ trades robustness to flipped labels against speed of fitting"
          })]
        })]
      })]
    }), "\n", createVNode(_components.p, {
      children: ["The figure shows the practical face of the family in Eq. (2): moving τ from cross-entropy towards MAE buys robustness to label noise and costs fitting speed. It does not show the paper’s main results: the ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-39-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-39-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), "-consistency bounds themselves, their tightness and the minimizability gaps are statements about expected losses, which a finite training run cannot measure, and the adversarial comp-sum losses are not part of the toy."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: ["The paper gives the first ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.109ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.912ex",
          height: "1.654ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 845 731",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{H}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-40-TEX-C-48",
              d: "M18 487Q18 496 29 517T67 566T127 621T216 665T330 683Q359 683 376 669T397 643T400 622Q400 584 382 488T348 343Q348 342 467 342H587L594 366Q615 440 648 534T690 641Q701 656 723 669T764 683Q783 683 783 672L750 578Q716 485 677 346T625 101Q624 92 623 82T622 65T621 56Q621 20 658 20Q666 20 701 25Q709 52 736 69T785 87Q803 87 803 75T791 44T754 3T685 -33T588 -48Q568 -48 562 -46Q522 -31 522 13V23Q531 129 562 250L569 281L565 280Q561 278 556 277T549 274L438 273H328L321 249Q307 202 275 107T232 0Q219 -16 196 -28T155 -41Q149 -41 145 -39T140 -34T139 -29Q139 -24 148 -3T181 86T233 247Q240 270 240 272Q240 273 194 273H169Q139 273 139 285Q139 295 153 308T187 332Q206 341 236 342L260 343L264 359Q278 414 289 482T300 578Q300 613 260 613H254Q198 613 169 592Q148 578 127 544T104 508Q72 478 37 475Q18 475 18 487Z"
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
                    "data-c": "48",
                    "xlink:href": "#MJX-40-TEX-C-48"
                  })
                })
              })
            })
          })]
        })
      }), "-consistency bounds for comp-sum losses, including cross-entropy, generalised cross-entropy and mean absolute error, proves that they are tight, and characterises the minimizability gaps that appear in them. On the experimental side it compares comp-sum losses empirically, and it reports that its adversarial robustness algorithms outperform the then state of the art while also reaching higher accuracy on clean, non-adversarial inputs. The authors stress that the main contribution is the theory."]
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: [createVNode(_components.a, {
        href: "/papers/label-distributionally-robust-losses/",
        children: "Label distributionally robust losses"
      }), " also study consistency and robustness for multi-class losses, with a different family that interpolates between familiar losses. ", createVNode(_components.a, {
        href: "/papers/z-loss-spherical/",
        children: "The Z-loss paper"
      }), " proposes an alternative to softmax cross-entropy with different invariances. ", createVNode(_components.a, {
        href: "/papers/discriminative-vs-generative/",
        children: "Revisiting discriminative versus generative classifiers"
      }), " analyses the logistic loss from a sample-complexity angle. And ", createVNode(_components.a, {
        href: "/papers/dual-head-distillation/",
        children: "dual-head knowledge distillation"
      }), " shows a practical case in which adding a second loss to cross-entropy on the same head goes wrong."]
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

const url = "content/papers/cross-entropy-loss-theory.mdx/";
const file = "/work/main/content/papers/cross-entropy-loss-theory.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/cross-entropy-loss-theory.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
