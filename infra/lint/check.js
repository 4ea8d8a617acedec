// Structural checks of infra/*.bicep for machines without the Bicep compiler: syntax (tree-sitter
// grammar), module paths, parameters passed to modules and in main.parameters.json, unused
// parameters and variables, hard-coded cloud host names. It is no substitute for `bicep lint`: types,
// API versions and property names are only checked by the real compiler (scripts/lint-infra.sh runs it
// when one is installed).
'use strict';

const fs = require('fs');
const path = require('path');
const Parser = require('tree-sitter');
const Bicep = require('tree-sitter-bicep');

const infraDir = path.resolve(__dirname, '..');
const parser = new Parser();
parser.setLanguage(Bicep);

// The same list the Bicep linter's no-hardcoded-env-urls rule uses by default.
const cloudHosts = ['management.core.windows.net', 'gallery.azure.com', 'management.azure.com',
  'database.windows.net', 'core.windows.net', 'login.microsoftonline.com', 'graph.windows.net',
  'vault.azure.net', 'datalake.azure.net', 'azuredatalakestore.net', 'azuredatalakeanalytics.net',
  'batch.core.windows.net'];

const problems = [];
const report = (file, node, message) => {
  const where = node ? `:${node.startPosition.row + 1}:${node.startPosition.column + 1}` : '';
  problems.push(`${path.relative(infraDir, file)}${where}: ${message}`);
};

const parsed = new Map();
function parse(file) {
  if (!parsed.has(file)) {
    parsed.set(file, parser.parse(fs.readFileSync(file, 'utf8')).rootNode);
  }
  return parsed.get(file);
}

function* walk(node) {
  yield node;
  for (const child of node.children) {
    yield* walk(child);
  }
}

const declarationTypes = ['parameter_declaration', 'variable_declaration', 'resource_declaration',
  'module_declaration', 'output_declaration', 'type_declaration'];
const nameOf = (declaration) => declaration.children.find((c) => c.type === 'identifier')?.text;
const declarations = (root, type) => root.children.filter((c) => c.type === type);
// Node objects are created on each access, so identity says nothing: compare positions.
const same = (a, b) => a !== null && b !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;

// An identifier that names something declared elsewhere, not a declaration name or an object key.
function isReference(node) {
  const parent = node.parent;
  if (declarationTypes.includes(parent.type) && same(parent.children.find((c) => c.type === 'identifier'), node)) {
    return false;
  }
  return !(parent.type === 'object_property' && same(parent.firstChild, node));
}

// The object literal after "=" of a module or resource, looking through "if (...)" and "[for ...]".
function bodyOf(declaration) {
  for (const node of walk(declaration)) {
    if (node.type === 'object') {
      return node;
    }
  }
  return null;
}

function propertiesOf(object) {
  const properties = new Map();
  for (const property of object?.children ?? []) {
    if (property.type === 'object_property') {
      properties.set(property.firstChild.text.replace(/^'|'$/g, ''), property);
    }
  }
  return properties;
}

function parametersOf(root) {
  return declarations(root, 'parameter_declaration').map((p) => ({
    name: nameOf(p),
    required: !p.children.some((c) => c.type === '='),
  }));
}

function checkSyntax(file, root) {
  for (const node of walk(root)) {
    if (node.type === 'ERROR' || node.isMissing) {
      report(file, node, node.isMissing ? `missing ${node.type}` : `syntax error near '${node.text.slice(0, 40)}'`);
    }
  }
}

function checkUnused(file, root) {
  const referenced = new Set([...walk(root)].filter((n) => n.type === 'identifier' && isReference(n)).map((n) => n.text));
  for (const type of ['parameter_declaration', 'variable_declaration']) {
    for (const declaration of declarations(root, type)) {
      if (!referenced.has(nameOf(declaration))) {
        report(file, declaration, `${type === 'parameter_declaration' ? 'parameter' : 'variable'} '${nameOf(declaration)}' is never used`);
      }
    }
  }
}

function checkHosts(file, root) {
  for (const node of walk(root)) {
    if (node.type === 'string_content') {
      const host = cloudHosts.find((h) => node.text.includes(h));
      if (host) {
        report(file, node, `hard-coded cloud host '${host}': use environment()`);
      }
    }
  }
}

function checkModules(file, root) {
  for (const module of declarations(root, 'module_declaration')) {
    const target = path.resolve(path.dirname(file), module.children.find((c) => c.type === 'string').text.slice(1, -1));
    if (!fs.existsSync(target)) {
      report(file, module, `module file ${path.relative(infraDir, target)} does not exist`);
      continue;
    }
    const body = propertiesOf(bodyOf(module));
    const passed = propertiesOf(body.get('params')?.lastChild);
    const expected = parametersOf(parse(target));
    for (const [name, property] of passed) {
      if (!expected.some((p) => p.name === name)) {
        report(file, property, `module '${nameOf(module)}' has no parameter '${name}'`);
      }
    }
    for (const parameter of expected.filter((p) => p.required && !passed.has(p.name))) {
      report(file, module, `module '${nameOf(module)}' needs parameter '${parameter.name}'`);
    }
    if (!body.has('name')) {
      report(file, module, `module '${nameOf(module)}' has no deployment name`);
    }
  }
}

function checkParameterFile(bicepFile, parameterFile) {
  const values = JSON.parse(fs.readFileSync(parameterFile, 'utf8')).parameters ?? {};
  const expected = parametersOf(parse(bicepFile));
  for (const name of Object.keys(values)) {
    if (!expected.some((p) => p.name === name)) {
      report(parameterFile, null, `'${path.basename(bicepFile)}' has no parameter '${name}'`);
    }
  }
  for (const parameter of expected.filter((p) => p.required && !(p.name in values))) {
    report(parameterFile, null, `required parameter '${parameter.name}' has no value`);
  }
}

const bicepFiles = [path.join(infraDir, 'main.bicep'),
  ...fs.readdirSync(path.join(infraDir, 'modules')).filter((f) => f.endsWith('.bicep')).map((f) => path.join(infraDir, 'modules', f))];

for (const file of bicepFiles) {
  const root = parse(file);
  checkSyntax(file, root);
  checkUnused(file, root);
  checkHosts(file, root);
  checkModules(file, root);
}
checkParameterFile(path.join(infraDir, 'main.bicep'), path.join(infraDir, 'main.parameters.json'));

for (const problem of problems) {
  console.error(problem);
}
console.log(`${bicepFiles.length} Bicep files checked, ${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
