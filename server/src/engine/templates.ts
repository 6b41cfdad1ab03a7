/**
 * Unresolved placeholders from the tools that render configs: Helm and Go
 * templates (`{{ .Values.host }}`), shell and Compose variables (`${HOST}`,
 * `$HOST`), Octopus (`#{Host}`), Azure DevOps (`$(Host)`), Ansible/Jinja
 * (`{{ host }}`), Windows (`%HOST%`), and sed-style `*_TO_BE_REPLACED`
 * markers. Nothing is known about such a value, so rules skip it.
 */
const PLACEHOLDER = /\{\{|\}\}|\$\{|#\{|\$\(|\$[A-Za-z_]|%[A-Za-z_][\w]*%|<[A-Za-z_][\w-]*>|[A-Z0-9]_TO_BE_REPLACED|__[A-Z][A-Z0-9_]*__/;

export function isTemplated(text: string): boolean {
  return PLACEHOLDER.test(text);
}
