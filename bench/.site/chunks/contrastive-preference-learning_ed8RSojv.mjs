import { l as createVNode, F as Fragment, _ as __astro_tag_component__ } from './astro/server_c2EKvP6L.mjs';
import 'clsx';

const frontmatter = {
  "title": "Contrastive Prefence Learning: Learning from Human Feedback without RL",
  "arxiv": "2310.13639",
  "authors": ["Joey Hejna", "Rafael Rafailov", "Harshit Sikchi", "Chelsea Finn", "Scott Niekum", "W. Bradley Knox", "Dorsa Sadigh"],
  "year": 2023,
  "venue": "ICLR 2024",
  "code": "https://github.com/jhejna/cpl",
  "topics": ["preference-alignment", "rl-control"],
  "summary": "CPL combines the regret model of human preferences with maximum-entropy RL to learn a policy straight from segment comparisons via a contrastive loss, with no reward model and no RL step.",
  "related": ["human-preference-models-reward", "pairwise-ppo", "robust-dpo"]
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
      children: "The standard RLHF recipe has two stages: fit a reward to human comparisons, then run reinforcement learning on it. The second stage is where most of the trouble lives, with unstable policy gradients, bootstrapped value functions and long training runs, especially for sequential control. Contrastive Preference Learning shows that, under a more realistic model of human preferences, the policy can be learned directly from the comparisons with a supervised loss."
    }), "\n", createVNode(_components.h2, {
      id: "the-problem",
      children: "The problem"
    }), "\n", createVNode(_components.p, {
      children: ["The reward-learning stage usually assumes people compare behaviour segments by their summed reward, the partial-return model. ", createVNode(_components.a, {
        href: "/papers/human-preference-models-reward/",
        children: "Knox and colleagues"
      }), " argue that people instead judge segments by regret, that is, by how close each segment’s decisions are to optimal. Under that model, preferences are driven by the optimal advantage function ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.566ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.709ex",
          height: "2.262ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -750 3407.2 1000",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "A^*(s,a)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D434",
              d: "M208 74Q208 50 254 46Q272 46 272 35Q272 34 270 22Q267 8 264 4T251 0Q249 0 239 0T205 1T141 2Q70 2 50 0H42Q35 7 35 11Q37 38 48 46H62Q132 49 164 96Q170 102 345 401T523 704Q530 716 547 716H555H572Q578 707 578 706L606 383Q634 60 636 57Q641 46 701 46Q726 46 726 36Q726 34 723 22Q720 7 718 4T704 0Q701 0 690 0T651 1T578 2Q484 2 455 0H443Q437 6 437 9T439 27Q443 40 445 43L449 46H469Q523 49 533 63L521 213H283L249 155Q208 86 208 74ZM516 260Q516 271 504 416T490 562L463 519Q447 492 400 412L310 260L413 259Q516 259 516 260Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-1-TEX-I-1D44E",
              d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
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
                "data-mml-node": "msup",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D434",
                    "xlink:href": "#MJX-1-TEX-I-1D434"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(783,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2217",
                    "xlink:href": "#MJX-1-TEX-N-2217"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1186.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-1-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(1575.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D460",
                  "xlink:href": "#MJX-1-TEX-I-1D460"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(2044.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-1-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mi",
                transform: "translate(2489.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "1D44E",
                  "xlink:href": "#MJX-1-TEX-I-1D44E"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3018.2,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-1-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), ", not by the reward. Learning a reward from such data and then optimising it with RL is both based on the wrong assumption and expensive. The authors note that, because of these costs, RLHF in practice is mostly confined to contextual-bandit settings such as language models, or to low-dimensional state spaces in robotics."]
    }), "\n", createVNode(_components.h2, {
      id: "the-idea",
      children: "The idea"
    }), "\n", createVNode(_components.p, {
      children: ["The key link is maximum-entropy RL. With an entropy bonus of temperature ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.448ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 640 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\alpha",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-2-TEX-I-1D6FC",
              d: "M34 156Q34 270 120 356T309 442Q379 442 421 402T478 304Q484 275 485 237V208Q534 282 560 374Q564 388 566 390T582 393Q603 393 603 385Q603 376 594 346T558 261T497 161L486 147L487 123Q489 67 495 47T514 26Q528 28 540 37T557 60Q559 67 562 68T577 70Q597 70 597 62Q597 56 591 43Q579 19 556 5T512 -10H505Q438 -10 414 62L411 69L400 61Q390 53 370 41T325 18T267 -2T203 -11Q124 -11 79 39T34 156ZM208 26Q257 26 306 47T379 90L403 112Q401 255 396 290Q382 405 304 405Q235 405 183 332Q156 292 139 224T121 120Q121 71 146 49T208 26Z"
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
                  "data-c": "1D6FC",
                  "xlink:href": "#MJX-2-TEX-I-1D6FC"
                })
              })
            })
          })]
        })
      }), ", the optimal policy and the optimal advantage are tied by"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "33.403ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-0.566ex",
          minWidth: "33.403ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "2.262ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "A^*(s, a) = \\alpha \\log \\pi^*(a \\mid s) \\tag{1}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D434",
            d: "M208 74Q208 50 254 46Q272 46 272 35Q272 34 270 22Q267 8 264 4T251 0Q249 0 239 0T205 1T141 2Q70 2 50 0H42Q35 7 35 11Q37 38 48 46H62Q132 49 164 96Q170 102 345 401T523 704Q530 716 547 716H555H572Q578 707 578 706L606 383Q634 60 636 57Q641 46 701 46Q726 46 726 36Q726 34 723 22Q720 7 718 4T704 0Q701 0 690 0T651 1T578 2Q484 2 455 0H443Q437 6 437 9T439 27Q443 40 445 43L449 46H469Q523 49 533 63L521 213H283L249 155Q208 86 208 74ZM516 260Q516 271 504 416T490 562L463 519Q447 492 400 412L310 260L413 259Q516 259 516 260Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2217",
            d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D460",
            d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D44E",
            d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D6FC",
            d: "M34 156Q34 270 120 356T309 442Q379 442 421 402T478 304Q484 275 485 237V208Q534 282 560 374Q564 388 566 390T582 393Q603 393 603 385Q603 376 594 346T558 261T497 161L486 147L487 123Q489 67 495 47T514 26Q528 28 540 37T557 60Q559 67 562 68T577 70Q597 70 597 62Q597 56 591 43Q579 19 556 5T512 -10H505Q438 -10 414 62L411 69L400 61Q390 53 370 41T325 18T267 -2T203 -11Q124 -11 79 39T34 156ZM208 26Q257 26 306 47T379 90L403 112Q401 255 396 290Q382 405 304 405Q235 405 183 332Q156 292 139 224T121 120Q121 71 146 49T208 26Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-3-TEX-N-31",
            d: "M213 578L200 573Q186 568 160 563T102 556H83V602H102Q149 604 189 617T245 641T273 663Q275 666 285 666Q294 666 302 660V361L303 61Q310 54 315 52T339 48T401 46H427V0H416Q395 3 257 3Q121 3 100 0H88V46H114Q136 46 152 46T177 47T193 50T201 52T207 57T213 61V578Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -750)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 750) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "5304.1 -750 1 1000",
                  children: createVNode(_components.g, {
                    transform: "matrix(1 0 0 -1 0 0)",
                    children: createVNode(_components.g, {
                      "data-mml-node": "mlabeledtr",
                      children: createVNode(_components.g, {
                        "data-mml-node": "mtd",
                        children: [createVNode(_components.g, {
                          "data-mml-node": "msup",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D434",
                              "xlink:href": "#MJX-3-TEX-I-1D434"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(783,413) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "2217",
                              "xlink:href": "#MJX-3-TEX-N-2217"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(1186.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-3-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(1575.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D460",
                            "xlink:href": "#MJX-3-TEX-I-1D460"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2044.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2C",
                            "xlink:href": "#MJX-3-TEX-N-2C"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2489.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44E",
                            "xlink:href": "#MJX-3-TEX-I-1D44E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3018.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-3-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3685,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-3-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(4740.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D6FC",
                            "xlink:href": "#MJX-3-TEX-I-1D6FC"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(5547.4,0)",
                          children: [createVNode(_components.use, {
                            "data-c": "6C",
                            "xlink:href": "#MJX-3-TEX-N-6C"
                          }), createVNode(_components.use, {
                            "data-c": "6F",
                            "xlink:href": "#MJX-3-TEX-N-6F",
                            transform: "translate(278,0)"
                          }), createVNode(_components.use, {
                            "data-c": "67",
                            "xlink:href": "#MJX-3-TEX-N-67",
                            transform: "translate(778,0)"
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(6825.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2061",
                            "xlink:href": "#MJX-3-TEX-N-2061"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msup",
                          transform: "translate(6992.1,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mi",
                            children: createVNode(_components.use, {
                              "data-c": "1D70B",
                              "xlink:href": "#MJX-3-TEX-I-1D70B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(603,413) scale(0.707)",
                            children: createVNode(_components.use, {
                              "data-c": "2217",
                              "xlink:href": "#MJX-3-TEX-N-2217"
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(7998.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-3-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(8387.7,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D44E",
                            "xlink:href": "#MJX-3-TEX-I-1D44E"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(9194.4,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2223",
                            "xlink:href": "#MJX-3-TEX-N-2223"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(9750.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D460",
                            "xlink:href": "#MJX-3-TEX-I-1D460"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(10219.2,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-3-TEX-N-29"
                          })
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -750 1 1000",
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
                    })
                  })
                })]
              })
            })
          })
        })]
      })
    }), "\n", createVNode(_components.p, {
      children: ["so knowing the optimal policy is the same as knowing the optimal advantage. The regret preference model, written with discounted sums of optimal advantages, says that a segment ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.724ex",
          height: "1.779ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -775.2 1204.1 786.2",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sigma^+",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-4-TEX-I-1D70E",
              d: "M184 -11Q116 -11 74 34T31 147Q31 247 104 333T274 430Q275 431 414 431H552Q553 430 555 429T559 427T562 425T565 422T567 420T569 416T570 412T571 407T572 401Q572 357 507 357Q500 357 490 357T476 358H416L421 348Q439 310 439 263Q439 153 359 71T184 -11ZM361 278Q361 358 276 358Q152 358 115 184Q114 180 114 178Q106 141 106 117Q106 67 131 47T188 26Q242 26 287 73Q316 103 334 153T356 233T361 278Z"
            }), createVNode(_components.path, {
              id: "MJX-4-TEX-N-2B",
              d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
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
                    "data-c": "1D70E",
                    "xlink:href": "#MJX-4-TEX-I-1D70E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(604,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2B",
                    "xlink:href": "#MJX-4-TEX-N-2B"
                  })
                })]
              })
            })
          })]
        })
      }), " is preferred to ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "2.724ex",
          height: "1.779ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -775.2 1204.1 786.2",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\sigma^-",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-5-TEX-I-1D70E",
              d: "M184 -11Q116 -11 74 34T31 147Q31 247 104 333T274 430Q275 431 414 431H552Q553 430 555 429T559 427T562 425T565 422T567 420T569 416T570 412T571 407T572 401Q572 357 507 357Q500 357 490 357T476 358H416L421 348Q439 310 439 263Q439 153 359 71T184 -11ZM361 278Q361 358 276 358Q152 358 115 184Q114 180 114 178Q106 141 106 117Q106 67 131 47T188 26Q242 26 287 73Q316 103 334 153T356 233T361 278Z"
            }), createVNode(_components.path, {
              id: "MJX-5-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
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
                    "data-c": "1D70E",
                    "xlink:href": "#MJX-5-TEX-I-1D70E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(604,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-5-TEX-N-2212"
                  })
                })]
              })
            })
          })]
        })
      }), " with probability proportional to ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.791ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "21.164ex",
          height: "2.713ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -849.5 9354.5 1199",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\exp\\big(\\sum_t \\gamma^t A^*(s_t, a_t)\\big)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-6-TEX-N-65",
              d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-78",
              d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-70",
              d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-2061",
              d: ""
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-SO-28",
              d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-SO-2211",
              d: "M61 748Q64 750 489 750H913L954 640Q965 609 976 579T993 533T999 516H979L959 517Q936 579 886 621T777 682Q724 700 655 705T436 710H319Q183 710 183 709Q186 706 348 484T511 259Q517 250 513 244L490 216Q466 188 420 134T330 27L149 -187Q149 -188 362 -188Q388 -188 436 -188T506 -189Q679 -189 778 -162T936 -43Q946 -27 959 6H999L913 -249L489 -250Q65 -250 62 -248Q56 -246 56 -239Q56 -234 118 -161Q186 -81 245 -11L428 206Q428 207 242 462L57 717L56 728Q56 744 61 748Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D6FE",
              d: "M31 249Q11 249 11 258Q11 275 26 304T66 365T129 418T206 441Q233 441 239 440Q287 429 318 386T371 255Q385 195 385 170Q385 166 386 166L398 193Q418 244 443 300T486 391T508 430Q510 431 524 431H537Q543 425 543 422Q543 418 522 378T463 251T391 71Q385 55 378 6T357 -100Q341 -165 330 -190T303 -216Q286 -216 286 -188Q286 -138 340 32L346 51L347 69Q348 79 348 100Q348 257 291 317Q251 355 196 355Q148 355 108 329T51 260Q49 251 47 251Q45 249 31 249Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D434",
              d: "M208 74Q208 50 254 46Q272 46 272 35Q272 34 270 22Q267 8 264 4T251 0Q249 0 239 0T205 1T141 2Q70 2 50 0H42Q35 7 35 11Q37 38 48 46H62Q132 49 164 96Q170 102 345 401T523 704Q530 716 547 716H555H572Q578 707 578 706L606 383Q634 60 636 57Q641 46 701 46Q726 46 726 36Q726 34 723 22Q720 7 718 4T704 0Q701 0 690 0T651 1T578 2Q484 2 455 0H443Q437 6 437 9T439 27Q443 40 445 43L449 46H469Q523 49 533 63L521 213H283L249 155Q208 86 208 74ZM516 260Q516 271 504 416T490 562L463 519Q447 492 400 412L310 260L413 259Q516 259 516 260Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-2217",
              d: "M229 286Q216 420 216 436Q216 454 240 464Q241 464 245 464T251 465Q263 464 273 456T283 436Q283 419 277 356T270 286L328 328Q384 369 389 372T399 375Q412 375 423 365T435 338Q435 325 425 315Q420 312 357 282T289 250L355 219L425 184Q434 175 434 161Q434 146 425 136T401 125Q393 125 383 131T328 171L270 213Q283 79 283 63Q283 53 276 44T250 35Q231 35 224 44T216 63Q216 80 222 143T229 213L171 171Q115 130 110 127Q106 124 100 124Q87 124 76 134T64 161Q64 166 64 169T67 175T72 181T81 188T94 195T113 204T138 215T170 230T210 250L74 315Q65 324 65 338Q65 353 74 363T98 374Q106 374 116 368T171 328L229 286Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-I-1D44E",
              d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-N-29",
              d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
            }), createVNode(_components.path, {
              id: "MJX-6-TEX-SO-29",
              d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
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
                "data-mml-node": "mo",
                transform: "translate(1528,0)",
                children: createVNode(_components.use, {
                  "data-c": "2061",
                  "xlink:href": "#MJX-6-TEX-N-2061"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(1694.7,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0 -0.5)",
                  children: createVNode(_components.use, {
                    "data-c": "28",
                    "xlink:href": "#MJX-6-TEX-SO-28"
                  })
                })
              }), createVNode(_components.g, {
                "data-mml-node": "munder",
                transform: "translate(2319.3,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mo",
                  children: createVNode(_components.use, {
                    "data-c": "2211",
                    "xlink:href": "#MJX-6-TEX-SO-2211"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(1089,-285.4) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-6-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(3880.3,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D6FE",
                    "xlink:href": "#MJX-6-TEX-I-1D6FE"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(627.3,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-6-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "msup",
                transform: "translate(4812.8,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D434",
                    "xlink:href": "#MJX-6-TEX-I-1D434"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(783,363) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2217",
                    "xlink:href": "#MJX-6-TEX-N-2217"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(5999.3,0)",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-6-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(6388.3,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D460",
                    "xlink:href": "#MJX-6-TEX-I-1D460"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(502,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-6-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(7195.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-6-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msub",
                transform: "translate(7640.3,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D44E",
                    "xlink:href": "#MJX-6-TEX-I-1D44E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(562,-150) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-6-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(8507.5,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-6-TEX-N-29"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "TeXAtom",
                "data-mjx-texclass": "ORD",
                transform: "translate(8896.5,0)",
                children: createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(0 -0.5)",
                  children: createVNode(_components.use, {
                    "data-c": "29",
                    "xlink:href": "#MJX-6-TEX-SO-29"
                  })
                })
              })]
            })
          })]
        })
      }), " for each segment. Substituting Eq. (1) replaces every advantage with a log-probability of the policy, and fitting the model by maximum likelihood gives the CPL loss:"]
    }), "\n", createVNode(_component0, {
      class: "MathJax",
      jax: "SVG",
      display: "true",
      width: "full",
      style: {
        minWidth: "94.038ex"
      },
      children: createVNode(_components.svg, {
        style: {
          verticalAlign: "-2.827ex",
          minWidth: "94.038ex"
        },
        xmlns: "http://www.w3.org/2000/svg",
        width: "100%",
        height: "6.785ex",
        role: "img",
        focusable: "false",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        "aria-label": "\\mathcal{L}_{\\text{CPL}}(\\pi) = -\\,\\mathbb{E}_{(\\sigma^+, \\sigma^-)}\\left[\\log \\frac{\\exp\\big(\\sum_t \\gamma^t \\alpha \\log \\pi(a^+_t \\mid s^+_t)\\big)}{\\exp\\big(\\sum_t \\gamma^t \\alpha \\log \\pi(a^+_t \\mid s^+_t)\\big) + \\exp\\big(\\sum_t \\gamma^t \\alpha \\log \\pi(a^-_t \\mid s^-_t)\\big)}\\right] \\tag{2}",
        children: [createVNode(_components.defs, {
          children: [createVNode(_components.path, {
            id: "MJX-7-TEX-C-4C",
            d: "M62 -22T47 -22T32 -11Q32 -1 56 24T83 55Q113 96 138 172T180 320T234 473T323 609Q364 649 419 677T531 705Q559 705 578 696T604 671T615 645T618 623V611Q618 582 615 571T598 548Q581 531 558 520T518 509Q503 509 503 520Q503 523 505 536T507 560Q507 590 494 610T452 630Q423 630 410 617Q367 578 333 492T271 301T233 170Q211 123 204 112L198 103L224 102Q281 102 369 79T509 52H523Q535 64 544 87T579 128Q616 152 641 152Q656 152 656 142Q656 101 588 40T433 -22Q381 -22 289 1T156 28L141 29L131 20Q111 0 87 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-43",
            d: "M56 342Q56 428 89 500T174 615T283 681T391 705Q394 705 400 705T408 704Q499 704 569 636L582 624L612 663Q639 700 643 704Q644 704 647 704T653 705H657Q660 705 666 699V419L660 413H626Q620 419 619 430Q610 512 571 572T476 651Q457 658 426 658Q322 658 252 588Q173 509 173 342Q173 221 211 151Q232 111 263 84T328 45T384 29T428 24Q517 24 571 93T626 244Q626 251 632 257H660L666 251V236Q661 133 590 56T403 -21Q262 -21 159 83T56 342Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-50",
            d: "M130 622Q123 629 119 631T103 634T60 637H27V683H214Q237 683 276 683T331 684Q419 684 471 671T567 616Q624 563 624 489Q624 421 573 372T451 307Q429 302 328 301H234V181Q234 62 237 58Q245 47 304 46H337V0H326Q305 3 182 3Q47 3 38 0H27V46H60Q102 47 111 49T130 61V622ZM507 488Q507 514 506 528T500 564T483 597T450 620T397 635Q385 637 307 637H286Q237 637 234 628Q231 624 231 483V342H302H339Q390 342 423 349T481 382Q507 411 507 488Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-4C",
            d: "M128 622Q121 629 117 631T101 634T58 637H25V683H36Q48 680 182 680Q324 680 348 683H360V637H333Q273 637 258 635T233 622L232 342V129Q232 57 237 52Q243 47 313 47Q384 47 410 53Q470 70 498 110T536 221Q536 226 537 238T540 261T542 272T562 273H582V268Q580 265 568 137T554 5V0H25V46H58Q100 47 109 49T128 61V622Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-28",
            d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D70B",
            d: "M132 -11Q98 -11 98 22V33L111 61Q186 219 220 334L228 358H196Q158 358 142 355T103 336Q92 329 81 318T62 297T53 285Q51 284 38 284Q19 284 19 294Q19 300 38 329T93 391T164 429Q171 431 389 431Q549 431 553 430Q573 423 573 402Q573 371 541 360Q535 358 472 358H408L405 341Q393 269 393 222Q393 170 402 129T421 65T431 37Q431 20 417 5T381 -10Q370 -10 363 -7T347 17T331 77Q330 86 330 121Q330 170 339 226T357 318T367 358H269L268 354Q268 351 249 275T206 114T175 17Q164 -11 132 -11Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-29",
            d: "M60 749L64 750Q69 750 74 750H86L114 726Q208 641 251 514T294 250Q294 182 284 119T261 12T224 -76T186 -143T145 -194T113 -227T90 -246Q87 -249 86 -250H74Q66 -250 63 -250T58 -247T55 -238Q56 -237 66 -225Q221 -64 221 250T66 725Q56 737 55 738Q55 746 60 749Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-3D",
            d: "M56 347Q56 360 70 367H707Q722 359 722 347Q722 336 708 328L390 327H72Q56 332 56 347ZM56 153Q56 168 72 173H708Q722 163 722 153Q722 140 707 133H70Q56 140 56 153Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-2212",
            d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-D-1D53C",
            d: "M12 666Q12 675 24 683H582Q590 680 593 672V588Q593 514 591 502T575 490Q567 490 563 495T555 517Q552 556 517 590Q486 623 445 634T340 648H282Q266 636 264 620T260 492V370H277Q329 375 358 391T404 439Q420 480 420 506Q420 529 436 529Q445 529 451 521Q455 517 455 361Q455 333 455 298T456 253Q456 217 453 207T437 197Q420 196 420 217Q420 240 406 270Q377 328 284 335H260V201Q261 174 261 134Q262 73 264 61T278 38Q281 36 282 35H331Q400 35 449 50Q571 93 602 179Q605 203 622 203Q629 203 634 197T640 183Q638 181 624 95T604 3L600 -1H24Q12 5 12 16Q12 35 51 35Q92 38 97 52Q102 60 102 341T97 632Q91 645 51 648Q12 648 12 666ZM137 341Q137 131 136 89T130 37Q129 36 129 35H235Q233 41 231 48L226 61V623L231 635L235 648H129Q132 641 133 638T135 603T137 517T137 341ZM557 603V648H504Q504 646 515 639Q527 634 542 619L557 603ZM420 317V397L406 383Q394 370 380 363L366 355Q373 350 382 346Q400 333 409 328L420 317ZM582 61L586 88Q585 88 582 83Q557 61 526 46L511 37L542 35H577Q577 36 578 39T580 49T582 61Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D70E",
            d: "M184 -11Q116 -11 74 34T31 147Q31 247 104 333T274 430Q275 431 414 431H552Q553 430 555 429T559 427T562 425T565 422T567 420T569 416T570 412T571 407T572 401Q572 357 507 357Q500 357 490 357T476 358H416L421 348Q439 310 439 263Q439 153 359 71T184 -11ZM361 278Q361 358 276 358Q152 358 115 184Q114 180 114 178Q106 141 106 117Q106 67 131 47T188 26Q242 26 287 73Q316 103 334 153T356 233T361 278Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-2B",
            d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-2C",
            d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-S4-5B",
            d: "M269 -1249V1750H577V1677H342V-1176H577V-1249H269Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-6C",
            d: "M42 46H56Q95 46 103 60V68Q103 77 103 91T103 124T104 167T104 217T104 272T104 329Q104 366 104 407T104 482T104 542T103 586T103 603Q100 622 89 628T44 637H26V660Q26 683 28 683L38 684Q48 685 67 686T104 688Q121 689 141 690T171 693T182 694H185V379Q185 62 186 60Q190 52 198 49Q219 46 247 46H263V0H255L232 1Q209 2 183 2T145 3T107 3T57 1L34 0H26V46H42Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-6F",
            d: "M28 214Q28 309 93 378T250 448Q340 448 405 380T471 215Q471 120 407 55T250 -10Q153 -10 91 57T28 214ZM250 30Q372 30 372 193V225V250Q372 272 371 288T364 326T348 362T317 390T268 410Q263 411 252 411Q222 411 195 399Q152 377 139 338T126 246V226Q126 130 145 91Q177 30 250 30Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-67",
            d: "M329 409Q373 453 429 453Q459 453 472 434T485 396Q485 382 476 371T449 360Q416 360 412 390Q410 404 415 411Q415 412 416 414V415Q388 412 363 393Q355 388 355 386Q355 385 359 381T368 369T379 351T388 325T392 292Q392 230 343 187T222 143Q172 143 123 171Q112 153 112 133Q112 98 138 81Q147 75 155 75T227 73Q311 72 335 67Q396 58 431 26Q470 -13 470 -72Q470 -139 392 -175Q332 -206 250 -206Q167 -206 107 -175Q29 -140 29 -75Q29 -39 50 -15T92 18L103 24Q67 55 67 108Q67 155 96 193Q52 237 52 292Q52 355 102 398T223 442Q274 442 318 416L329 409ZM299 343Q294 371 273 387T221 404Q192 404 171 388T145 343Q142 326 142 292Q142 248 149 227T179 192Q196 182 222 182Q244 182 260 189T283 207T294 227T299 242Q302 258 302 292T299 343ZM403 -75Q403 -50 389 -34T348 -11T299 -2T245 0H218Q151 0 138 -6Q118 -15 107 -34T95 -74Q95 -84 101 -97T122 -127T170 -155T250 -167Q319 -167 361 -139T403 -75Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-2061",
            d: ""
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-65",
            d: "M28 218Q28 273 48 318T98 391T163 433T229 448Q282 448 320 430T378 380T406 316T415 245Q415 238 408 231H126V216Q126 68 226 36Q246 30 270 30Q312 30 342 62Q359 79 369 104L379 128Q382 131 395 131H398Q415 131 415 121Q415 117 412 108Q393 53 349 21T250 -11Q155 -11 92 58T28 218ZM333 275Q322 403 238 411H236Q228 411 220 410T195 402T166 381T143 340T127 274V267H333V275Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-78",
            d: "M201 0Q189 3 102 3Q26 3 17 0H11V46H25Q48 47 67 52T96 61T121 78T139 96T160 122T180 150L226 210L168 288Q159 301 149 315T133 336T122 351T113 363T107 370T100 376T94 379T88 381T80 383Q74 383 44 385H16V431H23Q59 429 126 429Q219 429 229 431H237V385Q201 381 201 369Q201 367 211 353T239 315T268 274L272 270L297 304Q329 345 329 358Q329 364 327 369T322 376T317 380T310 384L307 385H302V431H309Q324 428 408 428Q487 428 493 431H499V385H492Q443 385 411 368Q394 360 377 341T312 257L296 236L358 151Q424 61 429 57T446 50Q464 46 499 46H516V0H510H502Q494 1 482 1T457 2T432 2T414 3Q403 3 377 3T327 1L304 0H295V46H298Q309 46 320 51T331 63Q331 65 291 120L250 175Q249 174 219 133T185 88Q181 83 181 74Q181 63 188 55T206 46Q208 46 208 23V0H201Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-70",
            d: "M36 -148H50Q89 -148 97 -134V-126Q97 -119 97 -107T97 -77T98 -38T98 6T98 55T98 106Q98 140 98 177T98 243T98 296T97 335T97 351Q94 370 83 376T38 385H20V408Q20 431 22 431L32 432Q42 433 61 434T98 436Q115 437 135 438T165 441T176 442H179V416L180 390L188 397Q247 441 326 441Q407 441 464 377T522 216Q522 115 457 52T310 -11Q242 -11 190 33L182 40V-45V-101Q182 -128 184 -134T195 -145Q216 -148 244 -148H260V-194H252L228 -193Q205 -192 178 -192T140 -191Q37 -191 28 -194H20V-148H36ZM424 218Q424 292 390 347T305 402Q234 402 182 337V98Q222 26 294 26Q345 26 384 80T424 218Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-SO-28",
            d: "M152 251Q152 646 388 850H416Q422 844 422 841Q422 837 403 816T357 753T302 649T255 482T236 250Q236 124 255 19T301 -147T356 -251T403 -315T422 -340Q422 -343 416 -349H388Q359 -325 332 -296T271 -213T212 -97T170 56T152 251Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-SO-2211",
            d: "M61 748Q64 750 489 750H913L954 640Q965 609 976 579T993 533T999 516H979L959 517Q936 579 886 621T777 682Q724 700 655 705T436 710H319Q183 710 183 709Q186 706 348 484T511 259Q517 250 513 244L490 216Q466 188 420 134T330 27L149 -187Q149 -188 362 -188Q388 -188 436 -188T506 -189Q679 -189 778 -162T936 -43Q946 -27 959 6H999L913 -249L489 -250Q65 -250 62 -248Q56 -246 56 -239Q56 -234 118 -161Q186 -81 245 -11L428 206Q428 207 242 462L57 717L56 728Q56 744 61 748Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D461",
            d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D6FE",
            d: "M31 249Q11 249 11 258Q11 275 26 304T66 365T129 418T206 441Q233 441 239 440Q287 429 318 386T371 255Q385 195 385 170Q385 166 386 166L398 193Q418 244 443 300T486 391T508 430Q510 431 524 431H537Q543 425 543 422Q543 418 522 378T463 251T391 71Q385 55 378 6T357 -100Q341 -165 330 -190T303 -216Q286 -216 286 -188Q286 -138 340 32L346 51L347 69Q348 79 348 100Q348 257 291 317Q251 355 196 355Q148 355 108 329T51 260Q49 251 47 251Q45 249 31 249Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D6FC",
            d: "M34 156Q34 270 120 356T309 442Q379 442 421 402T478 304Q484 275 485 237V208Q534 282 560 374Q564 388 566 390T582 393Q603 393 603 385Q603 376 594 346T558 261T497 161L486 147L487 123Q489 67 495 47T514 26Q528 28 540 37T557 60Q559 67 562 68T577 70Q597 70 597 62Q597 56 591 43Q579 19 556 5T512 -10H505Q438 -10 414 62L411 69L400 61Q390 53 370 41T325 18T267 -2T203 -11Q124 -11 79 39T34 156ZM208 26Q257 26 306 47T379 90L403 112Q401 255 396 290Q382 405 304 405Q235 405 183 332Q156 292 139 224T121 120Q121 71 146 49T208 26Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D44E",
            d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-2223",
            d: "M139 -249H137Q125 -249 119 -235V251L120 737Q130 750 139 750Q152 750 159 735V-235Q151 -249 141 -249H139Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-I-1D460",
            d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-SO-29",
            d: "M305 251Q305 -145 69 -349H56Q43 -349 39 -347T35 -338Q37 -333 60 -307T108 -239T160 -136T204 27T221 250T204 473T160 636T108 740T60 807T35 839Q35 850 50 850H56H69Q197 743 256 566Q305 425 305 251Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-S4-5D",
            d: "M5 1677V1750H313V-1249H5V-1176H240V1677H5Z"
          }), createVNode(_components.path, {
            id: "MJX-7-TEX-N-32",
            d: "M109 429Q82 429 66 447T50 491Q50 562 103 614T235 666Q326 666 387 610T449 465Q449 422 429 383T381 315T301 241Q265 210 201 149L142 93L218 92Q375 92 385 97Q392 99 409 186V189H449V186Q448 183 436 95T421 3V0H50V19V31Q50 38 56 46T86 81Q115 113 136 137Q145 147 170 174T204 211T233 244T261 278T284 308T305 340T320 369T333 401T340 431T343 464Q343 527 309 573T212 619Q179 619 154 602T119 569T109 550Q109 549 114 549Q132 549 151 535T170 489Q170 464 154 447T109 429Z"
          })]
        }), createVNode(_components.g, {
          stroke: "currentColor",
          fill: "currentColor",
          "stroke-width": "0",
          transform: "scale(0.0181,-0.0181) translate(0, -1749.5)",
          children: createVNode(_components.g, {
            "data-mml-node": "math",
            children: createVNode(_components.g, {
              "data-mml-node": "mtable",
              transform: "translate(2078,0) translate(-2078,0)",
              children: createVNode(_components.g, {
                transform: "translate(0 1749.5) matrix(1 0 0 -1 0 0) scale(55.25)",
                children: [createVNode(_components.svg, {
                  "data-table": "true",
                  preserveAspectRatio: "xMidYMid",
                  viewBox: "18704.4 -1749.5 1 2999",
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
                                "xlink:href": "#MJX-7-TEX-C-4C"
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
                                "xlink:href": "#MJX-7-TEX-N-43"
                              }), createVNode(_components.use, {
                                "data-c": "50",
                                "xlink:href": "#MJX-7-TEX-N-50",
                                transform: "translate(722,0)"
                              }), createVNode(_components.use, {
                                "data-c": "4C",
                                "xlink:href": "#MJX-7-TEX-N-4C",
                                transform: "translate(1403,0)"
                              })]
                            })
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(2207,0)",
                          children: createVNode(_components.use, {
                            "data-c": "28",
                            "xlink:href": "#MJX-7-TEX-N-28"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mi",
                          transform: "translate(2596,0)",
                          children: createVNode(_components.use, {
                            "data-c": "1D70B",
                            "xlink:href": "#MJX-7-TEX-I-1D70B"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3166,0)",
                          children: createVNode(_components.use, {
                            "data-c": "29",
                            "xlink:href": "#MJX-7-TEX-N-29"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(3832.8,0)",
                          children: createVNode(_components.use, {
                            "data-c": "3D",
                            "xlink:href": "#MJX-7-TEX-N-3D"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mo",
                          transform: "translate(4888.6,0)",
                          children: createVNode(_components.use, {
                            "data-c": "2212",
                            "xlink:href": "#MJX-7-TEX-N-2212"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "mstyle",
                          transform: "translate(5666.6,0)",
                          children: createVNode(_components.g, {
                            "data-mml-node": "mspace"
                          })
                        }), createVNode(_components.g, {
                          "data-mml-node": "msub",
                          transform: "translate(5833.6,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            "data-mjx-texclass": "ORD",
                            children: createVNode(_components.g, {
                              "data-mml-node": "mi",
                              children: createVNode(_components.use, {
                                "data-c": "1D53C",
                                "xlink:href": "#MJX-7-TEX-D-1D53C"
                              })
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "TeXAtom",
                            transform: "translate(700,-176.7) scale(0.707)",
                            "data-mjx-texclass": "ORD",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mo",
                              children: createVNode(_components.use, {
                                "data-c": "28",
                                "xlink:href": "#MJX-7-TEX-N-28"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(389,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70E",
                                  "xlink:href": "#MJX-7-TEX-I-1D70E"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(604,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2B",
                                  "xlink:href": "#MJX-7-TEX-N-2B"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(1593.1,0)",
                              children: createVNode(_components.use, {
                                "data-c": "2C",
                                "xlink:href": "#MJX-7-TEX-N-2C"
                              })
                            }), createVNode(_components.g, {
                              "data-mml-node": "msup",
                              transform: "translate(1871.1,0)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70E",
                                  "xlink:href": "#MJX-7-TEX-I-1D70E"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(604,289) scale(0.707)",
                                children: createVNode(_components.use, {
                                  "data-c": "2212",
                                  "xlink:href": "#MJX-7-TEX-N-2212"
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mo",
                              transform: "translate(3075.3,0)",
                              children: createVNode(_components.use, {
                                "data-c": "29",
                                "xlink:href": "#MJX-7-TEX-N-29"
                              })
                            })]
                          })]
                        }), createVNode(_components.g, {
                          "data-mml-node": "mrow",
                          transform: "translate(9199.8,0)",
                          children: [createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5B",
                              "xlink:href": "#MJX-7-TEX-S4-5B"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mi",
                            transform: "translate(583,0)",
                            children: [createVNode(_components.use, {
                              "data-c": "6C",
                              "xlink:href": "#MJX-7-TEX-N-6C"
                            }), createVNode(_components.use, {
                              "data-c": "6F",
                              "xlink:href": "#MJX-7-TEX-N-6F",
                              transform: "translate(278,0)"
                            }), createVNode(_components.use, {
                              "data-c": "67",
                              "xlink:href": "#MJX-7-TEX-N-67",
                              transform: "translate(778,0)"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(1861,0)",
                            children: createVNode(_components.use, {
                              "data-c": "2061",
                              "xlink:href": "#MJX-7-TEX-N-2061"
                            })
                          }), createVNode(_components.g, {
                            "data-mml-node": "mfrac",
                            transform: "translate(2027.7,0)",
                            children: [createVNode(_components.g, {
                              "data-mml-node": "mrow",
                              transform: "translate(6815.2,809.5)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: [createVNode(_components.use, {
                                  "data-c": "65",
                                  "xlink:href": "#MJX-7-TEX-N-65"
                                }), createVNode(_components.use, {
                                  "data-c": "78",
                                  "xlink:href": "#MJX-7-TEX-N-78",
                                  transform: "translate(444,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "70",
                                  "xlink:href": "#MJX-7-TEX-N-70",
                                  transform: "translate(972,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(1528,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(1694.7,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-7-TEX-SO-28"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "munder",
                                transform: "translate(2319.3,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "2211",
                                    "xlink:href": "#MJX-7-TEX-SO-2211"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(1089,-285.4) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "msup",
                                transform: "translate(3880.3,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D6FE",
                                    "xlink:href": "#MJX-7-TEX-I-1D6FE"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(627.3,363) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(4812.8,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D6FC",
                                  "xlink:href": "#MJX-7-TEX-I-1D6FC"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(5619.4,0)",
                                children: [createVNode(_components.use, {
                                  "data-c": "6C",
                                  "xlink:href": "#MJX-7-TEX-N-6C"
                                }), createVNode(_components.use, {
                                  "data-c": "6F",
                                  "xlink:href": "#MJX-7-TEX-N-6F",
                                  transform: "translate(278,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "67",
                                  "xlink:href": "#MJX-7-TEX-N-67",
                                  transform: "translate(778,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(6897.4,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(7064.1,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-7-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(7634.1,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-7-TEX-N-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(8023.1,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D44E",
                                    "xlink:href": "#MJX-7-TEX-I-1D44E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(562,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-7-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(562,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(9463,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2223",
                                  "xlink:href": "#MJX-7-TEX-N-2223"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(10018.8,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D460",
                                    "xlink:href": "#MJX-7-TEX-I-1D460"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(502,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-7-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(502,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(11120.9,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-7-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(11509.9,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-7-TEX-SO-29"
                                  })
                                })
                              })]
                            }), createVNode(_components.g, {
                              "data-mml-node": "mrow",
                              transform: "translate(220,-809.5)",
                              children: [createVNode(_components.g, {
                                "data-mml-node": "mi",
                                children: [createVNode(_components.use, {
                                  "data-c": "65",
                                  "xlink:href": "#MJX-7-TEX-N-65"
                                }), createVNode(_components.use, {
                                  "data-c": "78",
                                  "xlink:href": "#MJX-7-TEX-N-78",
                                  transform: "translate(444,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "70",
                                  "xlink:href": "#MJX-7-TEX-N-70",
                                  transform: "translate(972,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(1528,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(1694.7,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-7-TEX-SO-28"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "munder",
                                transform: "translate(2319.3,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "2211",
                                    "xlink:href": "#MJX-7-TEX-SO-2211"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(1089,-285.4) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "msup",
                                transform: "translate(3880.3,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D6FE",
                                    "xlink:href": "#MJX-7-TEX-I-1D6FE"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(627.3,289) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(4812.8,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D6FC",
                                  "xlink:href": "#MJX-7-TEX-I-1D6FC"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(5619.4,0)",
                                children: [createVNode(_components.use, {
                                  "data-c": "6C",
                                  "xlink:href": "#MJX-7-TEX-N-6C"
                                }), createVNode(_components.use, {
                                  "data-c": "6F",
                                  "xlink:href": "#MJX-7-TEX-N-6F",
                                  transform: "translate(278,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "67",
                                  "xlink:href": "#MJX-7-TEX-N-67",
                                  transform: "translate(778,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(6897.4,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(7064.1,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-7-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(7634.1,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-7-TEX-N-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(8023.1,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D44E",
                                    "xlink:href": "#MJX-7-TEX-I-1D44E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(562,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-7-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(562,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(9463,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2223",
                                  "xlink:href": "#MJX-7-TEX-N-2223"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(10018.8,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D460",
                                    "xlink:href": "#MJX-7-TEX-I-1D460"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(502,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2B",
                                    "xlink:href": "#MJX-7-TEX-N-2B"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(502,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(11120.9,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-7-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(11509.9,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-7-TEX-SO-29"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(12190.2,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2B",
                                  "xlink:href": "#MJX-7-TEX-N-2B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(13190.4,0)",
                                children: [createVNode(_components.use, {
                                  "data-c": "65",
                                  "xlink:href": "#MJX-7-TEX-N-65"
                                }), createVNode(_components.use, {
                                  "data-c": "78",
                                  "xlink:href": "#MJX-7-TEX-N-78",
                                  transform: "translate(444,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "70",
                                  "xlink:href": "#MJX-7-TEX-N-70",
                                  transform: "translate(972,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(14718.4,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(14885,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "28",
                                    "xlink:href": "#MJX-7-TEX-SO-28"
                                  })
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "munder",
                                transform: "translate(15509.7,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  children: createVNode(_components.use, {
                                    "data-c": "2211",
                                    "xlink:href": "#MJX-7-TEX-SO-2211"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(1089,-285.4) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "msup",
                                transform: "translate(17070.6,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D6FE",
                                    "xlink:href": "#MJX-7-TEX-I-1D6FE"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(627.3,289) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(18003.2,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D6FC",
                                  "xlink:href": "#MJX-7-TEX-I-1D6FC"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(18809.8,0)",
                                children: [createVNode(_components.use, {
                                  "data-c": "6C",
                                  "xlink:href": "#MJX-7-TEX-N-6C"
                                }), createVNode(_components.use, {
                                  "data-c": "6F",
                                  "xlink:href": "#MJX-7-TEX-N-6F",
                                  transform: "translate(278,0)"
                                }), createVNode(_components.use, {
                                  "data-c": "67",
                                  "xlink:href": "#MJX-7-TEX-N-67",
                                  transform: "translate(778,0)"
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(20087.8,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2061",
                                  "xlink:href": "#MJX-7-TEX-N-2061"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mi",
                                transform: "translate(20254.5,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "1D70B",
                                  "xlink:href": "#MJX-7-TEX-I-1D70B"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(20824.5,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "28",
                                  "xlink:href": "#MJX-7-TEX-N-28"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(21213.5,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D44E",
                                    "xlink:href": "#MJX-7-TEX-I-1D44E"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(562,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2212",
                                    "xlink:href": "#MJX-7-TEX-N-2212"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(562,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(22653.4,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "2223",
                                  "xlink:href": "#MJX-7-TEX-N-2223"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "msubsup",
                                transform: "translate(23209.2,0)",
                                children: [createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D460",
                                    "xlink:href": "#MJX-7-TEX-I-1D460"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(502,411.6) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "2212",
                                    "xlink:href": "#MJX-7-TEX-N-2212"
                                  })
                                }), createVNode(_components.g, {
                                  "data-mml-node": "mi",
                                  transform: "translate(502,-269) scale(0.707)",
                                  children: createVNode(_components.use, {
                                    "data-c": "1D461",
                                    "xlink:href": "#MJX-7-TEX-I-1D461"
                                  })
                                })]
                              }), createVNode(_components.g, {
                                "data-mml-node": "mo",
                                transform: "translate(24311.3,0)",
                                children: createVNode(_components.use, {
                                  "data-c": "29",
                                  "xlink:href": "#MJX-7-TEX-N-29"
                                })
                              }), createVNode(_components.g, {
                                "data-mml-node": "TeXAtom",
                                "data-mjx-texclass": "ORD",
                                transform: "translate(24700.3,0)",
                                children: createVNode(_components.g, {
                                  "data-mml-node": "mo",
                                  transform: "translate(0 -0.5)",
                                  children: createVNode(_components.use, {
                                    "data-c": "29",
                                    "xlink:href": "#MJX-7-TEX-SO-29"
                                  })
                                })
                              })]
                            }), createVNode(_components.rect, {
                              width: "25358.3",
                              height: "60",
                              x: "120",
                              y: "220"
                            })]
                          }), createVNode(_components.g, {
                            "data-mml-node": "mo",
                            transform: "translate(27626,0) translate(0 -0.5)",
                            children: createVNode(_components.use, {
                              "data-c": "5D",
                              "xlink:href": "#MJX-7-TEX-S4-5D"
                            })
                          })]
                        })]
                      })
                    })
                  })
                }), createVNode(_components.svg, {
                  "data-labels": "true",
                  preserveAspectRatio: "xMaxYMid",
                  viewBox: "1278 -1749.5 1 2999",
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
                          "xlink:href": "#MJX-7-TEX-N-28"
                        }), createVNode(_components.use, {
                          "data-c": "32",
                          "xlink:href": "#MJX-7-TEX-N-32",
                          transform: "translate(389,0)"
                        }), createVNode(_components.use, {
                          "data-c": "29",
                          "xlink:href": "#MJX-7-TEX-N-29",
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
            verticalAlign: "-0.626ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.889ex",
          height: "2.49ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -823.8 3486.9 1100.7",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(s^+_t, a^+_t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-8-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-2B",
              d: "M56 237T56 250T70 270H369V420L370 570Q380 583 389 583Q402 583 409 568V270H707Q722 262 722 250T707 230H409V-68Q401 -82 391 -82H389H387Q375 -82 369 -68V230H70Q56 237 56 250Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-8-TEX-I-1D44E",
              d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
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
                "data-mml-node": "mo",
                children: createVNode(_components.use, {
                  "data-c": "28",
                  "xlink:href": "#MJX-8-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msubsup",
                transform: "translate(389,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D460",
                    "xlink:href": "#MJX-8-TEX-I-1D460"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(502,411.6) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2B",
                    "xlink:href": "#MJX-8-TEX-N-2B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(502,-269) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-8-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1491.1,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-8-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msubsup",
                transform: "translate(1935.8,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D44E",
                    "xlink:href": "#MJX-8-TEX-I-1D44E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(562,411.6) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2B",
                    "xlink:href": "#MJX-8-TEX-N-2B"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(562,-269) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-8-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3097.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-8-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.626ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "7.889ex",
          height: "2.49ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -823.8 3486.9 1100.7",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "(s^-_t, a^-_t)",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-9-TEX-N-28",
              d: "M94 250Q94 319 104 381T127 488T164 576T202 643T244 695T277 729T302 750H315H319Q333 750 333 741Q333 738 316 720T275 667T226 581T184 443T167 250T184 58T225 -81T274 -167T316 -220T333 -241Q333 -250 318 -250H315H302L274 -226Q180 -141 137 -14T94 250Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D460",
              d: "M131 289Q131 321 147 354T203 415T300 442Q362 442 390 415T419 355Q419 323 402 308T364 292Q351 292 340 300T328 326Q328 342 337 354T354 372T367 378Q368 378 368 379Q368 382 361 388T336 399T297 405Q249 405 227 379T204 326Q204 301 223 291T278 274T330 259Q396 230 396 163Q396 135 385 107T352 51T289 7T195 -10Q118 -10 86 19T53 87Q53 126 74 143T118 160Q133 160 146 151T160 120Q160 94 142 76T111 58Q109 57 108 57T107 55Q108 52 115 47T146 34T201 27Q237 27 263 38T301 66T318 97T323 122Q323 150 302 164T254 181T195 196T148 231Q131 256 131 289Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-2212",
              d: "M84 237T84 250T98 270H679Q694 262 694 250T679 230H98Q84 237 84 250Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D461",
              d: "M26 385Q19 392 19 395Q19 399 22 411T27 425Q29 430 36 430T87 431H140L159 511Q162 522 166 540T173 566T179 586T187 603T197 615T211 624T229 626Q247 625 254 615T261 596Q261 589 252 549T232 470L222 433Q222 431 272 431H323Q330 424 330 420Q330 398 317 385H210L174 240Q135 80 135 68Q135 26 162 26Q197 26 230 60T283 144Q285 150 288 151T303 153H307Q322 153 322 145Q322 142 319 133Q314 117 301 95T267 48T216 6T155 -11Q125 -11 98 4T59 56Q57 64 57 83V101L92 241Q127 382 128 383Q128 385 77 385H26Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-2C",
              d: "M78 35T78 60T94 103T137 121Q165 121 187 96T210 8Q210 -27 201 -60T180 -117T154 -158T130 -185T117 -194Q113 -194 104 -185T95 -172Q95 -168 106 -156T131 -126T157 -76T173 -3V9L172 8Q170 7 167 6T161 3T152 1T140 0Q113 0 96 17Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-I-1D44E",
              d: "M33 157Q33 258 109 349T280 441Q331 441 370 392Q386 422 416 422Q429 422 439 414T449 394Q449 381 412 234T374 68Q374 43 381 35T402 26Q411 27 422 35Q443 55 463 131Q469 151 473 152Q475 153 483 153H487Q506 153 506 144Q506 138 501 117T481 63T449 13Q436 0 417 -8Q409 -10 393 -10Q359 -10 336 5T306 36L300 51Q299 52 296 50Q294 48 292 46Q233 -10 172 -10Q117 -10 75 30T33 157ZM351 328Q351 334 346 350T323 385T277 405Q242 405 210 374T160 293Q131 214 119 129Q119 126 119 118T118 106Q118 61 136 44T179 26Q217 26 254 59T298 110Q300 114 325 217T351 328Z"
            }), createVNode(_components.path, {
              id: "MJX-9-TEX-N-29",
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
                  "xlink:href": "#MJX-9-TEX-N-28"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msubsup",
                transform: "translate(389,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D460",
                    "xlink:href": "#MJX-9-TEX-I-1D460"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(502,411.6) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-9-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(502,-269) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-9-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(1491.1,0)",
                children: createVNode(_components.use, {
                  "data-c": "2C",
                  "xlink:href": "#MJX-9-TEX-N-2C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "msubsup",
                transform: "translate(1935.8,0)",
                children: [createVNode(_components.g, {
                  "data-mml-node": "mi",
                  children: createVNode(_components.use, {
                    "data-c": "1D44E",
                    "xlink:href": "#MJX-9-TEX-I-1D44E"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mo",
                  transform: "translate(562,411.6) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "2212",
                    "xlink:href": "#MJX-9-TEX-N-2212"
                  })
                }), createVNode(_components.g, {
                  "data-mml-node": "mi",
                  transform: "translate(562,-269) scale(0.707)",
                  children: createVNode(_components.use, {
                    "data-c": "1D461",
                    "xlink:href": "#MJX-9-TEX-I-1D461"
                  })
                })]
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(3097.9,0)",
                children: createVNode(_components.use, {
                  "data-c": "29",
                  "xlink:href": "#MJX-9-TEX-N-29"
                })
              })]
            })
          })]
        })
      }), " are the states and actions of the preferred and dispreferred segments, ", createVNode(_component0, {
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
              id: "MJX-10-TEX-I-1D6FE",
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
                  "xlink:href": "#MJX-10-TEX-I-1D6FE"
                })
              })
            })
          })]
        })
      }), " is the discount factor and ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.025ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "1.448ex",
          height: "1.025ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -442 640 453",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\alpha",
          children: [createVNode(_components.defs, {
            children: createVNode(_components.path, {
              id: "MJX-11-TEX-I-1D6FC",
              d: "M34 156Q34 270 120 356T309 442Q379 442 421 402T478 304Q484 275 485 237V208Q534 282 560 374Q564 388 566 390T582 393Q603 393 603 385Q603 376 594 346T558 261T497 161L486 147L487 123Q489 67 495 47T514 26Q528 28 540 37T557 60Q559 67 562 68T577 70Q597 70 597 62Q597 56 591 43Q579 19 556 5T512 -10H505Q438 -10 414 62L411 69L400 61Q390 53 370 41T325 18T267 -2T203 -11Q124 -11 79 39T34 156ZM208 26Q257 26 306 47T379 90L403 112Q401 255 396 290Q382 405 304 405Q235 405 183 332Q156 292 139 224T121 120Q121 71 146 49T208 26Z"
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
                  "data-c": "1D6FC",
                  "xlink:href": "#MJX-11-TEX-I-1D6FC"
                })
              })
            })
          })]
        })
      }), " the entropy temperature. Eq. (2) is a contrastive, InfoNCE-style loss: it raises the discounted log-likelihood of the preferred segment relative to the other one. It needs no reward model, no value function and no environment interaction, so it is fully off-policy and works for arbitrary MDPs, including those with image observations."]
    }), "\n", createVNode(_components.p, {
      children: ["The authors show that, with enough data, the optimum of Eq. (2) is the optimal maximum-entropy policy for the reward behind the preferences. With finite offline data, the loss can be reduced by lowering the probability of dispreferred actions as well as raising preferred ones, so they also propose a conservative variant that down-weights the negative term by a factor ", createVNode(_component0, {
        class: "MathJax",
        jax: "SVG",
        children: createVNode(_components.svg, {
          style: {
            verticalAlign: "-0.09ex"
          },
          xmlns: "http://www.w3.org/2000/svg",
          width: "5.467ex",
          height: "1.661ex",
          role: "img",
          focusable: "false",
          viewBox: "0 -694 2416.6 734",
          "xmlns:xlink": "http://www.w3.org/1999/xlink",
          "aria-label": "\\lambda \\lt 1",
          children: [createVNode(_components.defs, {
            children: [createVNode(_components.path, {
              id: "MJX-12-TEX-I-1D706",
              d: "M166 673Q166 685 183 694H202Q292 691 316 644Q322 629 373 486T474 207T524 67Q531 47 537 34T546 15T551 6T555 2T556 -2T550 -11H482Q457 3 450 18T399 152L354 277L340 262Q327 246 293 207T236 141Q211 112 174 69Q123 9 111 -1T83 -12Q47 -12 47 20Q47 37 61 52T199 187Q229 216 266 252T321 306L338 322Q338 323 288 462T234 612Q214 657 183 657Q166 657 166 673Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-3C",
              d: "M694 -11T694 -19T688 -33T678 -40Q671 -40 524 29T234 166L90 235Q83 240 83 250Q83 261 91 266Q664 540 678 540Q681 540 687 534T694 519T687 505Q686 504 417 376L151 250L417 124Q686 -4 687 -5Q694 -11 694 -19Z"
            }), createVNode(_components.path, {
              id: "MJX-12-TEX-N-31",
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
                  "data-c": "1D706",
                  "xlink:href": "#MJX-12-TEX-I-1D706"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mo",
                transform: "translate(860.8,0)",
                children: createVNode(_components.use, {
                  "data-c": "3C",
                  "xlink:href": "#MJX-12-TEX-N-3C"
                })
              }), createVNode(_components.g, {
                "data-mml-node": "mn",
                transform: "translate(1916.6,0)",
                children: createVNode(_components.use, {
                  "data-c": "31",
                  "xlink:href": "#MJX-12-TEX-N-31"
                })
              })]
            })
          })]
        })
      }), ", which biases the policy towards actions seen in preferred segments."]
    }), "\n", createVNode(_components.h2, {
      id: "what-the-paper-claims",
      children: "What the paper claims"
    }), "\n", createVNode(_components.p, {
      children: "The abstract’s claims are structural: CPL is simpler than reward-then-RL pipelines, uses only a supervised objective, is off-policy, and scales to high-dimensional and sequential problems. In the experiments, the authors build preference datasets for simulated robot manipulation tasks, using both state and image observations, and compare CPL with methods that first learn a reward from preferences and then run offline RL. According to the paper, CPL is competitive with or better than these baselines on most tasks while being cheaper to train. We do not quote individual success rates."
    }), "\n", createVNode(_components.p, {
      children: "The preferences in these benchmarks are generated synthetically from an oracle’s advantage function rather than collected from people, which fits the regret model by construction."
    }), "\n", createVNode(_components.h2, {
      id: "how-it-connects",
      children: "How it connects"
    }), "\n", createVNode(_components.p, {
      children: ["CPL is the policy-learning counterpart of ", createVNode(_components.a, {
        href: "/papers/human-preference-models-reward/",
        children: "the regret preference model"
      }), ": that paper explains what human comparisons measure, and CPL exploits Eq. (1) to learn from them without a reward. With a single step, ", createVNode(_component0, {
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
              id: "MJX-13-TEX-I-1D6FE",
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
                  "xlink:href": "#MJX-13-TEX-I-1D6FE"
                })
              })
            })
          })]
        })
      }), " irrelevant and a KL-regularised rather than entropy-regularised objective, Eq. (2) reduces to the DPO loss, whose behaviour under noisy labels is studied in ", createVNode(_components.a, {
        href: "/papers/robust-dpo/",
        children: "robust DPO"
      }), ". ", createVNode(_components.a, {
        href: "/papers/pairwise-ppo/",
        children: "Pairwise PPO"
      }), " keeps the RL stage but also builds its update from comparisons of two trajectories."]
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

const url = "content/papers/contrastive-preference-learning.mdx/";
const file = "/work/main/content/papers/contrastive-preference-learning.mdx";
const Content = (props = {}) => MDXContent({
  ...props,
  components: { Fragment: Fragment, ...props.components, },
});
Content[Symbol.for('mdx-component')] = true;
Content[Symbol.for('astro.needsHeadRendering')] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/content/papers/contrastive-preference-learning.mdx";
__astro_tag_component__(Content, 'astro:jsx');

export { Content, Content as default, file, frontmatter, getHeadings, url };
