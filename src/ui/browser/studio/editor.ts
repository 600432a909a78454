// The scenario editor: CodeMirror 6 with its YAML language, completion from the scenario JSON Schema and the
// check's problems as underlines. Everything the editor shows as text comes from the author's own file.
import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { lineOffset, type Problem, problemRanges } from './diagnostics.ts';
import { completionsFor, type JsonSchema } from './schema-complete.ts';
import { yamlContextAt } from './yaml-path.ts';

/** Colours with at least 4.5:1 contrast on the editor's white. */
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#1d5c8c', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string), tags.content], color: '#1e2326' },
  { tag: [tags.keyword, tags.bool, tags.null, tags.atom], color: '#7a2e8c' },
  { tag: tags.number, color: '#1f6b3a' },
  { tag: [tags.comment, tags.lineComment, tags.meta], color: '#5e6a71', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: '#4a5358' },
  { tag: [tags.labelName, tags.typeName, tags.attributeValue], color: '#8a4b00' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: '#ffffff', fontSize: '14px', height: '100%' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    lineHeight: '1.5',
  },
  '.cm-gutters': { backgroundColor: '#f6f4f0', color: '#596268', borderRight: '1px solid #dedad3' },
  '.cm-activeLine': { backgroundColor: '#f3f7fc' },
  '.cm-activeLineGutter': { backgroundColor: '#e6edf5', color: '#1e2326' },
  '.cm-tooltip': { fontSize: '14px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#1d6b63', color: '#ffffff' },
  '.cm-completionInfo': { maxWidth: '28rem', whiteSpace: 'normal' },
  '.cm-diagnosticText': { whiteSpace: 'pre-wrap' },
});

export type ScenarioEditor = {
  readonly view: EditorView;
  text(): string;
  /** A new file: the text replaced, its history forgotten. */
  load(text: string): void;
  /** The check's problems as underlines, if `checkedText` is still what the editor holds. */
  showProblems(checkedText: string, problems: readonly Problem[]): void;
  /** Moves the cursor to the start of a 1-based line (and `column`), scrolls it into view, focuses. */
  jumpTo(line: number, column?: number): void;
  setLabel(label: string): void;
};

export function createScenarioEditor(options: {
  parent: HTMLElement;
  text: string;
  label: string;
  /** The nonce the page's CSP allows for the editor's own `<style>` element. */
  nonce: string | null;
  schema: () => JsonSchema | null;
  onChange: (text: string) => void;
}): ScenarioEditor {
  const label = new Compartment();
  let labelText = options.label;
  const labelAttributes = (text: string) =>
    // An explicit tabindex: checkers then see the scrolling area holds something the keyboard reaches.
    EditorView.contentAttributes.of({ 'aria-label': text, spellcheck: 'false', tabindex: '0' });

  const complete = (context: CompletionContext): CompletionResult | null => {
    const schema = options.schema();
    if (!schema) return null;
    const text = context.state.doc.toString();
    const at = yamlContextAt(text, context.pos);
    if (!at) return null;
    // Asked for explicitly (Ctrl-Space) or after typing: an empty prefix only on request, or right after `- `.
    if (!context.explicit && at.prefix === '' && at.position !== 'item') return null;
    const items = completionsFor(schema, at);
    if (items.length === 0) return null;
    return {
      from: at.from,
      options: items.map((item) => ({
        label: item.label,
        apply: item.apply,
        type: item.kind === 'key' ? 'property' : 'enum',
        ...(item.info ? { info: item.info } : {}),
      })),
      validFor: /^[\w-]*$/,
    };
  };

  const state = (text: string) =>
    EditorState.create({
      doc: text,
      extensions: [
        ...(options.nonce ? [EditorView.cspNonce.of(options.nonce)] : []),
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        EditorState.tabSize.of(2),
        yaml(),
        syntaxHighlighting(highlight),
        autocompletion({ override: [complete], icons: false }),
        lintGutter(),
        // Tab is left to the browser, so the keyboard can leave the editor; Enter indents.
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        label.of(labelAttributes(labelText)),
        EditorView.lineWrapping,
        theme,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    });

  const view = new EditorView({ state: state(options.text), parent: options.parent });

  return {
    view,
    text: () => view.state.doc.toString(),
    load(text) {
      view.setState(state(text));
    },
    showProblems(checkedText, problems) {
      if (view.state.doc.toString() !== checkedText) return;
      const diagnostics: Diagnostic[] = problemRanges(checkedText, problems).map((range) => ({
        from: range.from,
        to: range.to,
        severity: range.severity,
        message: range.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    jumpTo(line, column = 1) {
      const text = view.state.doc.toString();
      const start = lineOffset(text, line);
      const lineEnd = text.indexOf('\n', start);
      const at = Math.min(start + Math.max(column, 1) - 1, lineEnd === -1 ? text.length : lineEnd);
      view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
      view.focus();
    },
    setLabel(text) {
      labelText = text;
      view.dispatch({ effects: label.reconfigure(labelAttributes(text)) });
    },
  };
}
