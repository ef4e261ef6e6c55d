async function getMod() {
						return import('./cauchy-schwarz-information-bottleneck_BcZb6FVS.mjs');
					}
					const collectedLinks = [];
					const collectedStyles = [];
					const defaultMod = { __astroPropagation: true, getMod, collectedLinks, collectedStyles, collectedScripts: [] };

export { defaultMod as default };
