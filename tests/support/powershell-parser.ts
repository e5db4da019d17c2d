/**
 * PowerShell's grammar for tests: tree-sitter-powershell's WASM through web-tree-sitter. Used to
 * prove every script parses, and to list the commands a script invokes (a parse without errors is
 * not enough: an injected command is valid PowerShell).
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

export async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export interface ParsedScript {
  /** Syntax errors and missing tokens, as "line:column text". */
  readonly errors: string[];
  /** The name of every command invoked, in source order (e.g. "Get-ChildItem", "icacls"). */
  readonly commands: string[];
  /** Names of functions the script defines. */
  readonly functions: string[];
}

export async function parsePowerShell(source: string): Promise<ParsedScript> {
  const tree = (await powershellParser()).parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const errors: string[] = [];
  const commands: string[] = [];
  const functions: string[] = [];
  const walk = (node: Node) => {
    if (node.isError || node.isMissing) {
      errors.push(
        `${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.isMissing ? `missing ${node.type}` : 'error'} ${JSON.stringify(node.text.slice(0, 40))}`,
      );
    }
    if (node.type === 'command') {
      const name = node.childForFieldName('command_name') ?? node.namedChildren.find((c) => c?.type === 'command_name');
      if (name) commands.push(name.text);
    }
    if (node.type === 'function_statement') {
      const name = node.namedChildren.find((c) => c?.type === 'function_name');
      if (name) functions.push(name.text);
    }
    for (const child of node.children) if (child) walk(child);
  };
  walk(tree.rootNode);
  tree.delete();
  return { errors, commands, functions };
}
