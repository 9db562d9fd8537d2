/** Builds annotated test documents: text, paragraph roles, the text layer, and hand-made mentions. */

import { newDocument } from '../../ingest/new-document.js';
import { spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type {
  Entity,
  EntityType,
  Mention,
  MentionKind,
  Paragraph,
  ParagraphRole,
} from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { splitParagraphs } from '../../text/paragraphs.js';

const text = textLayer();

export interface MentionSpec {
  /** The surface to find; `occurrence` picks the n-th (0-based), default every occurrence. */
  surface: string;
  type: EntityType;
  kind?: MentionKind;
  entity: string;
  occurrence?: number;
}

/** A document whose paragraphs are separated by blank lines, with the given roles (default body). */
export function buildDoc(
  body: string,
  roles: ParagraphRole[] = [],
  mentions: MentionSpec[] = [],
  entityNames: Record<string, string> = {},
): Document {
  const paragraphs: Paragraph[] = splitParagraphs(body).map((p, i) => ({ ...p, role: roles[i] ?? 'body' }));
  const doc = newDocument({ text: body, paragraphs });
  text.run(doc);
  const list: Mention[] = [];
  for (const spec of mentions) {
    let from = 0;
    let n = 0;
    for (let at = body.indexOf(spec.surface, from); at >= 0; at = body.indexOf(spec.surface, from)) {
      from = at + spec.surface.length;
      const before = body[at - 1];
      const after = body[at + spec.surface.length];
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
      if (spec.occurrence === undefined || spec.occurrence === n) {
        list.push({
          ...spanOf(body, at, at + spec.surface.length),
          component: 'test',
          version: '0',
          rules: [],
          confidence: 1,
          id: `m${list.length + 1}`,
          type: spec.type,
          kind: spec.kind ?? 'name',
          entityId: spec.entity,
        });
      }
      n++;
    }
  }
  list.sort((a, b) => a.start - b.start);
  doc.layers.mentions = list;
  const entities = new Map<string, Entity>();
  for (const m of list) {
    if (!m.entityId) continue;
    const e = entities.get(m.entityId) ?? {
      id: m.entityId,
      name: entityNames[m.entityId] ?? m.text,
      type: m.type,
      mentionIds: [],
      actor: null,
      confidence: 1,
    };
    entities.set(m.entityId, e);
    e.mentionIds.push(m.id);
  }
  doc.layers.entities = [...entities.values()];
  return doc;
}
