import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Dataset Condensation with Contrastive Signals",
  "arxiv": "2202.02916",
  "authors": ["Saehyung Lee", "Sanghyuk Chun", "Sangwon Jung", "Sangdoo Yun", "Sungroh Yoon"],
  "year": 2022,
  "venue": "ICML 2022",
  "code": "https://github.com/saehyung-lee/dcc",
  "topics": ["distillation-compression", "contrastive-ssl"],
  "summary": "Class-wise gradient matching can condense data worse than random selection when most of it is task-irrelevant; matching gradients summed over classes restores the contrastive signal.",
  "related": ["multi-llm-knowledge-aggregation", "contrastive-loss-behaviour", "online-prototype-learning", "stability-gap"]
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
      children: "Dataset condensation tries to replace a large training set with a handful of synthetic images per class, chosen so that a network trained on them performs almost as well as one trained on the full data. Gradient-matching methods do this remarkably well on standard benchmarks. This paper shows a setting where they fail badly, worse than simply picking real images at random, and traces the failure to a detail of how the matching loss is written."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["The dominant approach, dataset condensation (DC) by gradient matching, learns the synthetic set ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.05ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.452ex",
          height: "1.645ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 642 727",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{S}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-1-TEX-C-53",
              d: "M554 512Q536 512 536 522Q536 525 539 539T542 564Q542 588 528 604Q515 616 482 625T410 635Q374 635 349 624T312 594T295 561T290 532Q290 505 303 482T342 442T378 419T409 404Q435 391 451 383T494 357T535 323T562 282T574 231Q574 133 464 56T220 -22Q138 -22 78 21T18 123Q18 184 61 227T156 274Q178 274 178 263Q178 260 177 258Q172 247 164 239T151 227T136 218L127 213L124 202Q118 186 118 163Q120 124 165 86T292 48Q374 48 423 86T473 186V193Q473 267 347 327Q268 364 239 389Q191 431 191 486Q191 547 242 600T356 679T470 705Q472 705 478 705T489 704Q551 704 596 682T642 610Q642 566 621 545Q592 516 554 512Z"
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
                    "data-c": "53",
                    "xlink:href": "#MJX-1-TEX-C-53"
                  })
                })
              })
            })
          })]
        })
      }), " so that the gradients it induces in a network resemble those induced by the real set ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.154ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.885ex",
          height: "1.776ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -717 833 785",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{T}",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-2-TEX-C-54",
              d: "M49 475Q34 475 34 490Q34 552 106 611T261 681Q272 683 507 683H742Q790 717 816 717Q833 717 833 708Q833 682 795 653T714 615Q691 610 588 609Q490 609 490 607L483 580Q476 554 462 496T435 392Q410 289 395 231T363 116T335 34T309 -15T279 -47T242 -64Q231 -68 218 -68Q203 -68 203 -57Q203 -52 211 -38Q224 -7 234 20T251 66T268 123T283 179T304 261T328 360Q342 415 360 488Q380 567 384 582T397 605Q400 607 401 609H302H244Q200 609 188 607T167 596Q145 572 145 541Q145 520 109 498T49 475Z"
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
                    "data-c": "54",
                    "xlink:href": "#MJX-2-TEX-C-54"
                  })
                })
              })
            })
          })]
        })
      }), ". Matching is done class by class:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "55.654ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.822ex",
          minWidth: "55.654ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.775ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\min_{\\mathcal{S}} \\; \\mathbb{E}_{\\theta_0}\\Big[\\sum_{t} \\sum_{c=1}^{C} D\\big(\\nabla_\\theta \\mathcal{L}(\\mathcal{S}_c; \\theta_t),\\; \\nabla_\\theta \\mathcal{L}(\\mathcal{T}_c; \\theta_t)\\big)\\Big], \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-3-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-69",
            d: "M69 609Q69 637 87 653T131 669Q154 667 171 652T188 609Q188 579 171 564T129 549Q104 549 87 564T69 609ZM247 0Q232 3 143 3Q132 3 106 3T56 1L34 0H26V46H42Q70 46 91 49Q100 53 102 60T104 102V205V293Q104 345 102 359T88 378Q74 385 41 385H30V408Q30 431 32 431L42 432Q52 433 70 434T106 436Q123 437 142 438T171 441T182 442H185V62Q190 52 197 50T232 46H255V0H247Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-6E",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q450 438 463 329Q464 322 464 190V104Q464 66 466 59T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-C-53",
            d: "M554 512Q536 512 536 522Q536 525 539 539T542 564Q542 588 528 604Q515 616 482 625T410 635Q374 635 349 624T312 594T295 561T290 532Q290 505 303 482T342 442T378 419T409 404Q435 391 451 383T494 357T535 323T562 282T574 231Q574 133 464 56T220 -22Q138 -22 78 21T18 123Q18 184 61 227T156 274Q178 274 178 263Q178 260 177 258Q172 247 164 239T151 227T136 218L127 213L124 202Q118 186 118 163Q120 124 165 86T292 48Q374 48 423 86T473 186V193Q473 267 347 327Q268 364 239 389Q191 431 191 486Q191 547 242 600T356 679T470 705Q472 705 478 705T489 704Q551 704 596 682T642 610Q642 566 621 545Q592 516 554 512Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-D-1D53C",
            d: "M12 666Q12 675 24 683H582Q590 680 593 672V588Q593 514 591 502T575 490Q567 490 563 495T555 517Q552 556 517 590Q486 623 445 634T340 648H282Q266 636 264 620T260 492V370H277Q329 375 358 391T404 439Q420 480 420 506Q420 529 436 529Q445 529 451 521Q455 517 455 361Q455 333 455 298T456 253Q456 217 453 207T437 197Q420 196 420 217Q420 240 406 270Q377 328 284 335H260V201Q261 174 261 134Q262 73 264 61T278 38Q281 36 282 35H331Q400 35 449 50Q571 93 602 179Q605 203 622 203Q629 203 634 197T640 183Q638 181 624 95T604 3L600 -1H24Q12 5 12 16Q12 35 51 35Q92 38 97 52Q102 60 102 341T97 632Q91 645 51 648Q12 648 12 666ZM137 341Q137 131 136 89T130 37Q129 36 129 35H235Q233 41 231 48L226 61V623L231 635L235 648H129Q132 641 133 638T135 603T137 517T137 341ZM557 603V648H504Q504 646 515 639Q527 634 542 619L557 603ZM420 317V397L406 383Q394 370 380 363L366 355Q373 350 382 346Q400 333 409 328L420 317ZM582 61L586 88Q585 88 582 83Q557 61 526 46L511 37L542 35H577Q577 36 578 39T580 49T582 61Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-30",
            d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-LO-5B",
            d: "M224 -649V1150H455V1099H275V-598H455V-649H224Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D436",
            d: "M50 252Q50 367 117 473T286 641T490 704Q580 704 633 653Q642 643 648 636T656 626L657 623Q660 623 684 649Q691 655 699 663T715 679T725 690L740 705H746Q760 705 760 698Q760 694 728 561Q692 422 692 421Q690 416 687 415T669 413H653Q647 419 647 422Q647 423 648 429T650 449T651 481Q651 552 619 605T510 659Q484 659 454 652T382 628T299 572T226 479Q194 422 175 346T156 222Q156 108 232 58Q280 24 350 24Q441 24 512 92T606 240Q610 253 612 255T628 257Q648 257 648 248Q648 243 647 239Q618 132 523 55T319 -22Q206 -22 128 53T50 252Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D437",
            d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2207",
            d: "M46 676Q46 679 51 683H781Q786 679 786 676Q786 674 617 326T444 -26Q439 -33 416 -33T388 -26Q385 -22 216 326T46 676ZM697 596Q697 597 445 597T193 596Q195 591 319 336T445 80L697 596Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-C-54",
            d: "M49 475Q34 475 34 490Q34 552 106 611T261 681Q272 683 507 683H742Q790 717 816 717Q833 717 833 708Q833 682 795 653T714 615Q691 610 588 609Q490 609 490 607L483 580Q476 554 462 496T435 392Q410 289 395 231T363 116T335 34T309 -15T279 -47T242 -64Q231 -68 218 -68Q203 -68 203 -57Q203 -52 211 -38Q224 -7 234 20T251 66T268 123T283 179T304 261T328 360Q342 415 360 488Q380 567 384 582T397 605Q400 607 401 609H302H244Q200 609 188 607T167 596Q145 572 145 541Q145 520 109 498T49 475Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-LO-5D",
            d: "M16 1099V1150H247V-649H16V-598H196V1099H16Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1747.2)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1747.2) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "10221.6 -1747.2 1 2994.4",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-1.3)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "munder",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-3-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "69",
                              "xlink:href": "#MJX-3-TEX-N-69",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "6E",
                              "xlink:href": "#MJX-3-TEX-N-6E",
                              transform: "translate(1111,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(606.5,-665.5) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "53",
                                  "xlink:href": "#MJX-3-TEX-C-53"
                                })
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
                          "data-mml-node": "msub",
                          transform: "translate(2111.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D53C",
                                "xlink:href": "#MJX-3-TEX-D-1D53C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(700,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D703",
                                  "xlink:href": "#MJX-3-TEX-I-1D703"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(502,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "30",
                                  "xlink:href": "#MJX-3-TEX-N-30"
                                })
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(3502,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-3-TEX-LO-5B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(4140.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-3-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(594.4,-1059.6) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-3-TEX-I-1D461"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "munderover",
                          transform: "translate(5751.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-3-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(117.1,-1087.9) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D450",
                                "xlink:href": "#MJX-3-TEX-I-1D450"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(433,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-3-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1211,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-3-TEX-N-31"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(453.3,1150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D436",
                                "xlink:href": "#MJX-3-TEX-I-1D436"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(7362,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D437",
                            "xlink:href": "#MJX-3-TEX-I-1D437"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(8190,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-3-TEX-SO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(8648,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "2207",
                              "xlink:href": "#MJX-3-TEX-N-2207"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(866,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-3-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(9895.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-3-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10585.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-3-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(10974.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "53",
                                "xlink:href": "#MJX-3-TEX-C-53"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(639,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-3-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(11969.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-3-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(12414.5,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-3-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(502,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-3-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13221.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-3-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13610.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-3-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(13888.7,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(14333.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "2207",
                              "xlink:href": "#MJX-3-TEX-N-2207"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(866,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-3-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(15581,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-3-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(16271,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-3-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(16660,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "54",
                                "xlink:href": "#MJX-3-TEX-C-54"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(578,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-3-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(17594.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-3-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(18038.9,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-3-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(502,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-3-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18846.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-3-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(19235.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-3-TEX-SO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(19693.1,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-3-TEX-LO-5D"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20165.1,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-3-TEX-N-2C"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1747.2 1 2994.4",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:1",
                      transform: "translate(0,748.7)",
                      children: [createVNode(_components.text, {
                        "data-id-align": "true"
                      }), createVNode(_components.g, {
                        "data-idbox": "true",
                        transform: "translate(0,-750)",
                        children: createVNode(_components.g, {
                          "data-mml-node": "mtext",
                          children: [createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-3-TEX-N-28"
                          }), createVNode(_components.use, {
                            "data-c": "31",
                            "xlink:href": "#MJX-3-TEX-N-31",
                            transform: "translate(389,0)"
                          }), createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-3-TEX-N-29",
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
          width: "2.252ex",
          height: "1.952ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 995.2 862.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{S}_c",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-C-53",
              d: "M554 512Q536 512 536 522Q536 525 539 539T542 564Q542 588 528 604Q515 616 482 625T410 635Q374 635 349 624T312 594T295 561T290 532Q290 505 303 482T342 442T378 419T409 404Q435 391 451 383T494 357T535 323T562 282T574 231Q574 133 464 56T220 -22Q138 -22 78 21T18 123Q18 184 61 227T156 274Q178 274 178 263Q178 260 177 258Q172 247 164 239T151 227T136 218L127 213L124 202Q118 186 118 163Q120 124 165 86T292 48Q374 48 423 86T473 186V193Q473 267 347 327Q268 364 239 389Q191 431 191 486Q191 547 242 600T356 679T470 705Q472 705 478 705T489 704Q551 704 596 682T642 610Q642 566 621 545Q592 516 554 512Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D450",
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
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "53",
                      "xlink:href": "#MJX-4-TEX-C-53"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(639,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D450",
                    "xlink:href": "#MJX-4-TEX-I-1D450"
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
          width: "2.114ex",
          height: "1.979ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -717 934.2 874.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\mathcal{T}_c",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-5-TEX-C-54",
              d: "M49 475Q34 475 34 490Q34 552 106 611T261 681Q272 683 507 683H742Q790 717 816 717Q833 717 833 708Q833 682 795 653T714 615Q691 610 588 609Q490 609 490 607L483 580Q476 554 462 496T435 392Q410 289 395 231T363 116T335 34T309 -15T279 -47T242 -64Q231 -68 218 -68Q203 -68 203 -57Q203 -52 211 -38Q224 -7 234 20T251 66T268 123T283 179T304 261T328 360Q342 415 360 488Q380 567 384 582T397 605Q400 607 401 609H302H244Q200 609 188 607T167 596Q145 572 145 541Q145 520 109 498T49 475Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D450",
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
                  "data-mml-node": "TeXAtom",
                  "data-mjx-texclass": "ORD",
                  children: createVNode(_components.g, {
                    "data-mml-node": "mi",
                    children: createVNode(_components.use, {
                      "data-c": "54",
                      "xlink:href": "#MJX-5-TEX-C-54"
                    })
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(578,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D450",
                    "xlink:href": "#MJX-5-TEX-I-1D450"
                  })
                })]
              })
            })
          })]
        })
      }), " are the synthetic and real examples of class ", createVNode(_component0, {
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
      }), ", ", createVNode(_component0, {
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
              id: "MJX-7-TEX-C-4C",
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
                    "xlink:href": "#MJX-7-TEX-C-4C"
                  })
                })
              })
            })
          })]
        })
      }), " is the classification loss, ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.357ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.826ex",
          height: "1.952ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 807.3 862.8",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\theta_t",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D461",
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
                    "data-c": "1D703",
                    "xlink:href": "#MJX-8-TEX-I-1D703"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(502,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-8-TEX-I-1D461"
                  })
                })]
              })
            })
          })]
        })
      }), " are the network weights at step ", createVNode(_component0, {
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
              id: "MJX-9-TEX-I-1D461",
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
                  "xlink:href": "#MJX-9-TEX-I-1D461"
                })
              })
            })
          })]
        })
      }), " of a training run started from a random initialisation ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.375ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.049ex",
          height: "1.97ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -705 905.6 870.6",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\theta_0",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-10-TEX-I-1D703",
              d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
            }), createVNode(_components.path, {
              id: "MJX-10-TEX-N-30",
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
                    "data-c": "1D703",
                    "xlink:href": "#MJX-10-TEX-I-1D703"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mn",
                  transform: "translate(502,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "30",
                    "xlink:href": "#MJX-10-TEX-N-30"
                  })
                })]
              })
            })
          })]
        })
      }), ", and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "0"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.873ex",
          height: "1.545ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -683 828 683",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "D",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D437",
              d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
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
                  "data-c": "1D437",
                  "xlink:href": "#MJX-11-TEX-I-1D437"
                })
              })
            })
          })]
        })
      }), " is a distance between gradients."]
    }), "\n", createVNode(_components.p, {
      children: "The authors prove that such methods can perform worse than random selection when task-irrelevant information makes up a large part of the training data, as in fine-grained classification, where images of different classes share most of their content (background, pose, lighting) and differ in small details. Their explanation is that the class-wise strategy keeps the classes apart during matching, so the signal that contrasts one class with another never takes part in it. Each synthetic class can match its own gradients largely through the dominant shared content, without encoding what distinguishes it from the other classes."
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: "Dataset Condensation with Contrastive signals (DCC) changes the matching loss so that the classes are considered together:"
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "60.304ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.822ex",
          minWidth: "60.304ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.775ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\min_{\\mathcal{S}} \\; \\mathbb{E}_{\\theta_0}\\Big[\\sum_{t} D\\Big(\\sum_{c=1}^{C} \\nabla_\\theta \\mathcal{L}(\\mathcal{S}_c; \\theta_t),\\; \\sum_{c=1}^{C} \\nabla_\\theta \\mathcal{L}(\\mathcal{T}_c; \\theta_t)\\Big)\\Big]. \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-12-TEX-N-6D",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q351 442 364 440T387 434T406 426T421 417T432 406T441 395T448 384T452 374T455 366L457 361L460 365Q463 369 466 373T475 384T488 397T503 410T523 422T546 432T572 439T603 442Q729 442 740 329Q741 322 741 190V104Q741 66 743 59T754 49Q775 46 803 46H819V0H811L788 1Q764 2 737 2T699 3Q596 3 587 0H579V46H595Q656 46 656 62Q657 64 657 200Q656 335 655 343Q649 371 635 385T611 402T585 404Q540 404 506 370Q479 343 472 315T464 232V168V108Q464 78 465 68T468 55T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-69",
            d: "M69 609Q69 637 87 653T131 669Q154 667 171 652T188 609Q188 579 171 564T129 549Q104 549 87 564T69 609ZM247 0Q232 3 143 3Q132 3 106 3T56 1L34 0H26V46H42Q70 46 91 49Q100 53 102 60T104 102V205V293Q104 345 102 359T88 378Q74 385 41 385H30V408Q30 431 32 431L42 432Q52 433 70 434T106 436Q123 437 142 438T171 441T182 442H185V62Q190 52 197 50T232 46H255V0H247Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-6E",
            d: "M41 46H55Q94 46 102 60V68Q102 77 102 91T102 122T103 161T103 203Q103 234 103 269T102 328V351Q99 370 88 376T43 385H25V408Q25 431 27 431L37 432Q47 433 65 434T102 436Q119 437 138 438T167 441T178 442H181V402Q181 364 182 364T187 369T199 384T218 402T247 421T285 437Q305 442 336 442Q450 438 463 329Q464 322 464 190V104Q464 66 466 59T477 49Q498 46 526 46H542V0H534L510 1Q487 2 460 2T422 3Q319 3 310 0H302V46H318Q379 46 379 62Q380 64 380 200Q379 335 378 343Q372 371 358 385T334 402T308 404Q263 404 229 370Q202 343 195 315T187 232V168V108Q187 78 188 68T191 55T200 49Q221 46 249 46H265V0H257L234 1Q210 2 183 2T145 3Q42 3 33 0H25V46H41Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-C-53",
            d: "M554 512Q536 512 536 522Q536 525 539 539T542 564Q542 588 528 604Q515 616 482 625T410 635Q374 635 349 624T312 594T295 561T290 532Q290 505 303 482T342 442T378 419T409 404Q435 391 451 383T494 357T535 323T562 282T574 231Q574 133 464 56T220 -22Q138 -22 78 21T18 123Q18 184 61 227T156 274Q178 274 178 263Q178 260 177 258Q172 247 164 239T151 227T136 218L127 213L124 202Q118 186 118 163Q120 124 165 86T292 48Q374 48 423 86T473 186V193Q473 267 347 327Q268 364 239 389Q191 431 191 486Q191 547 242 600T356 679T470 705Q472 705 478 705T489 704Q551 704 596 682T642 610Q642 566 621 545Q592 516 554 512Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-D-1D53C",
            d: "M12 666Q12 675 24 683H582Q590 680 593 672V588Q593 514 591 502T575 490Q567 490 563 495T555 517Q552 556 517 590Q486 623 445 634T340 648H282Q266 636 264 620T260 492V370H277Q329 375 358 391T404 439Q420 480 420 506Q420 529 436 529Q445 529 451 521Q455 517 455 361Q455 333 455 298T456 253Q456 217 453 207T437 197Q420 196 420 217Q420 240 406 270Q377 328 284 335H260V201Q261 174 261 134Q262 73 264 61T278 38Q281 36 282 35H331Q400 35 449 50Q571 93 602 179Q605 203 622 203Q629 203 634 197T640 183Q638 181 624 95T604 3L600 -1H24Q12 5 12 16Q12 35 51 35Q92 38 97 52Q102 60 102 341T97 632Q91 645 51 648Q12 648 12 666ZM137 341Q137 131 136 89T130 37Q129 36 129 35H235Q233 41 231 48L226 61V623L231 635L235 648H129Q132 641 133 638T135 603T137 517T137 341ZM557 603V648H504Q504 646 515 639Q527 634 542 619L557 603ZM420 317V397L406 383Q394 370 380 363L366 355Q373 350 382 346Q400 333 409 328L420 317ZM582 61L586 88Q585 88 582 83Q557 61 526 46L511 37L542 35H577Q577 36 578 39T580 49T582 61Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D703",
            d: "M35 200Q35 302 74 415T180 610T319 704Q320 704 327 704T339 705Q393 701 423 656Q462 596 462 495Q462 380 417 261T302 66T168 -10H161Q125 -10 99 10T60 63T41 130T35 200ZM383 566Q383 668 330 668Q294 668 260 623T204 521T170 421T157 371Q206 370 254 370L351 371Q352 372 359 404T375 484T383 566ZM113 132Q113 26 166 26Q181 26 198 36T239 74T287 161T335 307L340 324H145Q145 321 136 286T120 208T113 132Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-30",
            d: "M96 585Q152 666 249 666Q297 666 345 640T423 548Q460 465 460 320Q460 165 417 83Q397 41 362 16T301 -15T250 -22Q224 -22 198 -16T137 16T82 83Q39 165 39 320Q39 494 96 585ZM321 597Q291 629 250 629Q208 629 178 597Q153 571 145 525T137 333Q137 175 145 125T181 46Q209 16 250 16Q290 16 318 46Q347 76 354 130T362 333Q362 478 354 524T321 597Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-LO-5B",
            d: "M224 -649V1150H455V1099H275V-598H455V-649H224Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-LO-2211",
            d: "M60 948Q63 950 665 950H1267L1325 815Q1384 677 1388 669H1348L1341 683Q1320 724 1285 761Q1235 809 1174 838T1033 881T882 898T699 902H574H543H251L259 891Q722 258 724 252Q725 250 724 246Q721 243 460 -56L196 -356Q196 -357 407 -357Q459 -357 548 -357T676 -358Q812 -358 896 -353T1063 -332T1204 -283T1307 -196Q1328 -170 1348 -124H1388Q1388 -125 1381 -145T1356 -210T1325 -294L1267 -449L666 -450Q64 -450 61 -448Q55 -446 55 -439Q55 -437 57 -433L590 177Q590 178 557 222T452 366T322 544L56 909L55 924Q55 945 60 948Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D437",
            d: "M287 628Q287 635 230 637Q207 637 200 638T193 647Q193 655 197 667T204 682Q206 683 403 683Q570 682 590 682T630 676Q702 659 752 597T803 431Q803 275 696 151T444 3L430 1L236 0H125H72Q48 0 41 2T33 11Q33 13 36 25Q40 41 44 43T67 46Q94 46 127 49Q141 52 146 61Q149 65 218 339T287 628ZM703 469Q703 507 692 537T666 584T629 613T590 629T555 636Q553 636 541 636T512 636T479 637H436Q392 637 386 627Q384 623 313 339T242 52Q242 48 253 48T330 47Q335 47 349 47T373 46Q499 46 581 128Q617 164 640 212T683 339T703 469Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-LO-28",
            d: "M180 96T180 250T205 541T266 770T353 944T444 1069T527 1150H555Q561 1144 561 1141Q561 1137 545 1120T504 1072T447 995T386 878T330 721T288 513T272 251Q272 133 280 56Q293 -87 326 -209T399 -405T475 -531T536 -609T561 -640Q561 -643 555 -649H527Q483 -612 443 -568T353 -443T266 -270T205 -41Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D450",
            d: "M34 159Q34 268 120 355T306 442Q362 442 394 418T427 355Q427 326 408 306T360 285Q341 285 330 295T319 325T330 359T352 380T366 386H367Q367 388 361 392T340 400T306 404Q276 404 249 390Q228 381 206 359Q162 315 142 235T121 119Q121 73 147 50Q169 26 205 26H209Q321 26 394 111Q403 121 406 121Q410 121 419 112T429 98T420 83T391 55T346 25T282 0T202 -11Q127 -11 81 37T34 159Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-I-1D436",
            d: "M50 252Q50 367 117 473T286 641T490 704Q580 704 633 653Q642 643 648 636T656 626L657 623Q660 623 684 649Q691 655 699 663T715 679T725 690L740 705H746Q760 705 760 698Q760 694 728 561Q692 422 692 421Q690 416 687 415T669 413H653Q647 419 647 422Q647 423 648 429T650 449T651 481Q651 552 619 605T510 659Q484 659 454 652T382 628T299 572T226 479Q194 422 175 346T156 222Q156 108 232 58Q280 24 350 24Q441 24 512 92T606 240Q610 253 612 255T628 257Q648 257 648 248Q648 243 647 239Q618 132 523 55T319 -22Q206 -22 128 53T50 252Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2207",
            d: "M46 676Q46 679 51 683H781Q786 679 786 676Q786 674 617 326T444 -26Q439 -33 416 -33T388 -26Q385 -22 216 326T46 676ZM697 596Q697 597 445 597T193 596Q195 591 319 336T445 80L697 596Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-3B",
            d: "M78 370Q78 394 95 412T138 430Q162 430 180 414T199 371Q199 346 182 328T139 310T96 327T78 370ZM78 60Q78 85 94 103T137 121Q202 121 202 8Q202 -44 183 -94T144 -169T118 -194Q115 -194 106 -186T95 -174Q94 -171 107 -155T137 -107T160 -38Q161 -32 162 -22T165 -4T165 4Q165 5 161 4T142 0Q110 0 94 18T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-C-54",
            d: "M49 475Q34 475 34 490Q34 552 106 611T261 681Q272 683 507 683H742Q790 717 816 717Q833 717 833 708Q833 682 795 653T714 615Q691 610 588 609Q490 609 490 607L483 580Q476 554 462 496T435 392Q410 289 395 231T363 116T335 34T309 -15T279 -47T242 -64Q231 -68 218 -68Q203 -68 203 -57Q203 -52 211 -38Q224 -7 234 20T251 66T268 123T283 179T304 261T328 360Q342 415 360 488Q380 567 384 582T397 605Q400 607 401 609H302H244Q200 609 188 607T167 596Q145 572 145 541Q145 520 109 498T49 475Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-LO-29",
            d: "M35 1138Q35 1150 51 1150H56H69Q113 1113 153 1069T243 944T330 771T391 541T416 250T391 -40T330 -270T243 -443T152 -568T69 -649H56Q43 -649 39 -647T35 -637Q65 -607 110 -548Q283 -316 316 56Q324 133 324 251Q324 368 316 445Q278 877 48 1123Q36 1137 35 1138Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-LO-5D",
            d: "M16 1099V1150H247V-649H16V-598H196V1099H16Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-2E",
            d: "M78 60Q78 84 95 102T138 120Q162 120 180 104T199 61Q199 36 182 18T139 0T96 17T78 60Z"
          }), createVNode(_components.path, {
            id: "MJX-12-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1747.2)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1747.2) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "11249.2 -1747.2 1 2994.4",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      transform: "translate(0,-1.3)",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "munder",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: [createVNode(_components.use, {
                              "data-c": "6D",
                              "xlink:href": "#MJX-12-TEX-N-6D"
                            }), createVNode(_components.use, {
                              "data-c": "69",
                              "xlink:href": "#MJX-12-TEX-N-69",
                              transform: "translate(833,0)"
                            }), createVNode(_components.use, {
                              "data-c": "6E",
                              "xlink:href": "#MJX-12-TEX-N-6E",
                              transform: "translate(1111,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(606.5,-665.5) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "TeXAtom",
                              "data-mjx-texclass": "ORD",
                              children: createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "53",
                                  "xlink:href": "#MJX-12-TEX-C-53"
                                })
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
                          "data-mml-node": "msub",
                          transform: "translate(2111.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D53C",
                                "xlink:href": "#MJX-12-TEX-D-1D53C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(700,-150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "msub",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D703",
                                  "xlink:href": "#MJX-12-TEX-I-1D703"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mn",
                                transform: "translate(502,-150) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "30",
                                  "xlink:href": "#MJX-12-TEX-N-30"
                                })
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(3502,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-12-TEX-LO-5B"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munder",
                          transform: "translate(4140.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-12-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(594.4,-1059.6) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D461",
                                "xlink:href": "#MJX-12-TEX-I-1D461"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(5751.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D437",
                            "xlink:href": "#MJX-12-TEX-I-1D437"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(6579.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "28",
                              "xlink:href": "#MJX-12-TEX-LO-28"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munderover",
                          transform: "translate(7343,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-12-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(117.1,-1087.9) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D450",
                                "xlink:href": "#MJX-12-TEX-I-1D450"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(433,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-12-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1211,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-12-TEX-N-31"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(453.3,1150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D436",
                                "xlink:href": "#MJX-12-TEX-I-1D436"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(8953.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "2207",
                              "xlink:href": "#MJX-12-TEX-N-2207"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(866,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-12-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(10201.3,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-12-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10891.3,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-12-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(11280.3,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "53",
                                "xlink:href": "#MJX-12-TEX-C-53"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(639,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-12-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(12275.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-12-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(12720.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-12-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(502,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-12-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13527.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-12-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(13916.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-12-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(14194.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "munderover",
                          transform: "translate(14639.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            children: createVNode(_components.use, {
                              "data-c": "2211",
                              "xlink:href": "#MJX-12-TEX-LO-2211"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(117.1,-1087.9) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D450",
                                "xlink:href": "#MJX-12-TEX-I-1D450"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(433,0)",
                              children: createVNode(_components.use, {
                                "data-c": "3D",
                                "xlink:href": "#MJX-12-TEX-N-3D"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "mn",
                              transform: "translate(1211,0)",
                              children: createVNode(_components.use, {
                                "data-c": "31",
                                "xlink:href": "#MJX-12-TEX-N-31"
                              })
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(453.3,1150) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D436",
                                "xlink:href": "#MJX-12-TEX-I-1D436"
                              })
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(16249.7,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "2207",
                              "xlink:href": "#MJX-12-TEX-N-2207"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(866,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-12-TEX-I-1D703"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(17497.4,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "4C",
                              "xlink:href": "#MJX-12-TEX-C-4C"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(18187.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-12-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(18576.4,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "54",
                                "xlink:href": "#MJX-12-TEX-C-54"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(578,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D450",
                              "xlink:href": "#MJX-12-TEX-I-1D450"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(19510.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3B",
                            "xlink:href": "#MJX-12-TEX-N-3B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(19955.2,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D703",
                              "xlink:href": "#MJX-12-TEX-I-1D703"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(502,-150) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "1D461",
                              "xlink:href": "#MJX-12-TEX-I-1D461"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(20762.5,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-12-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(21151.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "29",
                              "xlink:href": "#MJX-12-TEX-LO-29"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "TeXAtom",
                          "data-mjx-texclass": "ORD",
                          transform: "translate(21748.5,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-12-TEX-LO-5D"
                            })
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(22220.5,0)",
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
                  viewBox: "1278 -1747.2 1 2994.4",
                  children: createVNode(_components.g, {
                    "data-labels": "true",
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mtd",
                      id: "mjx-eqn:2",
                      transform: "translate(0,748.7)",
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
      children: "The only change from Eq. (1) is where the sum over classes sits: outside the distance in DC, inside it in DCC. Inside, the gradients of different classes are added before being compared, so the synthetic set must reproduce how the classes’ contributions combine and cancel, and the components shared by all classes no longer dominate on their own. This is the contrastive signal of the title: the synthetic data have to capture the differences between classes."
    }), "\n", createVNode(_components.p, {
      children: "The paper analyses the new loss through training dynamics, tracking the kernel velocity (how quickly the network’s neural tangent kernel changes while it trains on the synthetic data) as a way to compare what DC and DCC teach. It also introduces a bi-level warm-up strategy to stabilise the optimisation of the synthetic set; the schedule is described in the paper."
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The authors report that existing condensation methods are ineffective for fine-grained image classification, while DCC generates informative synthetic datasets for the same tasks. DCC also outperforms the baselines on standard benchmarks, namely SVHN, CIFAR-10 and CIFAR-100. Finally, they apply it to continual learning, where a condensed memory of past tasks can be replayed, and report that it is useful there as well."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["DCC compresses data where ", createVNode(_components.a, {
        href: "/papers/multi-llm-knowledge-aggregation/",
        children: "multi-LLM knowledge aggregation"
      }), " compresses several models into one. The idea that learning should see classes in contrast connects to ", createVNode(_components.a, {
        href: "/papers/contrastive-loss-behaviour/",
        children: "the study of contrastive loss behaviour"
      }), ". The continual-learning application links to ", createVNode(_components.a, {
        href: "/papers/online-prototype-learning/",
        children: "online prototype learning"
      }), ", which also tries to keep representations discriminative with a small memory, and to ", createVNode(_components.a, {
        href: "/papers/stability-gap/",
        children: "the stability gap"
      }), ", which examines how performance on old tasks behaves during training on new ones."]
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

const url = "content/papers/dataset-condensation-contrastive.mdx/";
const file = "/work/main/content/papers/dataset-condensation-contrastive.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/dataset-condensation-contrastive.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
