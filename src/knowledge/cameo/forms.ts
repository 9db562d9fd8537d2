/** Regular English verb forms as PETRARCH generates them, plus doubled-consonant variants (`stopped`). */
export function regularVerbForms(verb: string): string[] {
  const forms = new Set<string>([verb]);
  const v = verb;
  if (/(s|sh|ch|x|z)$/.test(v)) forms.add(`${v}es`);
  else if (/[^aeiou]y$/.test(v)) forms.add(`${v.slice(0, -1)}ies`);
  else forms.add(`${v}s`);
  if (v.endsWith('e')) {
    forms.add(`${v}d`);
    forms.add(`${v.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(v)) {
    forms.add(`${v.slice(0, -1)}ied`);
    forms.add(`${v}ing`);
  } else {
    forms.add(`${v}ed`);
    forms.add(`${v}ing`);
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(v)) {
      const last = v[v.length - 1];
      forms.add(`${v}${last}ed`);
      forms.add(`${v}${last}ing`);
    }
  }
  return [...forms];
}
