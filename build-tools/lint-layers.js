// An eslint rule for the layering in README.md ("How it is built"). It reads every way a module can be named
// (static imports, re-exports and import()), so no spelling slips past: a bare `$lib/vault`, a
// `../` that climbs into another folder, a dynamic import of a forbidden package.
import path from 'node:path';

/**
 * @typedef {{ may: string[], packages?: string[] }} Layer
 * @typedef {{ layers: Record<string, Layer>, sharedFeatures: string[] }} LayerOptions
 */

/** The layer a file lives in, from its path: `routes/view`, `routes`, or the folder under lib. */
function layerOfFile(/** @type {string} */ file) {
	const at = file.split(path.sep).join('/');
	// The share relay is a program of its own beside the app (README, "How it is built").
	if (/\/relay\/src\//.test(at)) return 'relay';
	const lib = at.match(/\/src\/lib\/([^/]+)\//);
	if (lib) return lib[1];
	if (/\/src\/routes\/view\//.test(at)) return 'routes/view';
	if (/\/src\/routes\//.test(at)) return 'routes';
	return null;
}

/** The feature folder a file lives in, if it is in one. */
function featureOfFile(/** @type {string} */ file) {
	return (
		file
			.split(path.sep)
			.join('/')
			.match(/\/src\/lib\/features\/([^/]+)\//)?.[1] ?? null
	);
}

/** What an import names: a layer of the app (with its feature folder) or a package. */
function target(/** @type {string} */ source, /** @type {string} */ file) {
	if (source.startsWith('$lib/') || source === '$lib') {
		const [layer = '', feature = null] = source.slice(5).split('/');
		return { layer, feature: layer === 'features' ? feature : null };
	}
	if (source.startsWith('.')) {
		const resolved = path.resolve(path.dirname(file), source) + path.sep + 'x';
		return { layer: layerOfFile(resolved), feature: featureOfFile(resolved) };
	}
	if (source.startsWith('$app/')) return { package: '$app' };
	const parts = source.split('/');
	return { package: source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps each layer to what the layering in README.md lets it import.' },
		schema: [{ type: 'object', additionalProperties: true }],
		messages: {
			layer: '{{from}} may not import {{to}} (README.md, "How it is built").',
			feature:
				'A feature never imports another feature: move what {{from}} and {{to}} share into a shared folder (README.md, "How it is built").',
			shared:
				'Shared folder {{from}} may import only the shared folders listed before it in eslint.config.js, not {{to}}.',
			climb: 'Name a module in another folder by its $lib path, not by climbing out with "../".',
			computed: 'import() takes a plain string here, so the layers can be checked.'
		}
	},
	create(context) {
		const { layers, sharedFeatures } = /** @type {LayerOptions} */ (context.options[0]);
		const file = context.filename;
		const from = layerOfFile(file);
		const layer = from ? layers[from] : undefined;
		if (!layer) return {};
		const fromFeature = featureOfFile(file);

		/** @param {import('estree').Node} node @param {string} source */
		function check(node, source) {
			if (from !== 'routes' && from !== 'routes/view' && source.startsWith('../')) {
				context.report({ node, messageId: 'climb' });
				return;
			}
			const to = target(source, file);
			if ('package' in to) {
				if (layer?.packages?.includes(to.package ?? ''))
					context.report({ node, messageId: 'layer', data: { from, to: to.package } });
				return;
			}
			if (!to.layer) return;
			if (!layer?.may.includes(to.layer)) {
				context.report({ node, messageId: 'layer', data: { from, to: to.layer } });
				return;
			}
			if (from !== 'features' || !to.feature || to.feature === fromFeature) return;
			const rankFrom = sharedFeatures.indexOf(fromFeature ?? '');
			const rankTo = sharedFeatures.indexOf(to.feature);
			if (rankTo < 0)
				context.report({ node, messageId: 'feature', data: { from: fromFeature, to: to.feature } });
			else if (rankFrom >= 0 && rankTo > rankFrom)
				context.report({ node, messageId: 'shared', data: { from: fromFeature, to: to.feature } });
		}

		/** @param {{ source?: import('estree').Node | null }} node */
		function fromSource(node) {
			const source = node.source;
			if (!source) return;
			if (source.type === 'Literal' && typeof source.value === 'string')
				check(/** @type {import('estree').Node} */ (node), source.value);
			else if (source.type === 'TemplateLiteral' && source.expressions.length === 0)
				check(/** @type {import('estree').Node} */ (node), source.quasis[0].value.cooked ?? '');
			else
				context.report({
					node: /** @type {import('estree').Node} */ (node),
					messageId: 'computed'
				});
		}

		return {
			ImportDeclaration: fromSource,
			ExportNamedDeclaration: fromSource,
			ExportAllDeclaration: fromSource,
			ImportExpression: fromSource
		};
	}
};
