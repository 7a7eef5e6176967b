// @ts-check
// typedoc plugin: shows a `z.enum([...])` schema as the union of its values.
//
// TypeScript types `z.enum(['a', 'b'])` as `ZodEnum<{ a: "a"; b: "b" }>`: an
// object type whose keys are the values. typedoc would render that object and
// ask for a doc comment on each key. This plugin rewrites the type argument
// to `"a" | "b"`, which is the shape a reader wants, and drops the object.
// (z.infer type aliases are expanded by typedoc-plugin-zod.)
import { Converter, LiteralType, ReferenceType, ReflectionKind, ReflectionType, UnionType } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const variable of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (!('type' in variable)) continue;
      const type = variable.type;
      if (!(type instanceof ReferenceType) || type.name !== 'ZodEnum') continue;
      const [values] = type.typeArguments ?? [];
      if (!(values instanceof ReflectionType)) continue;
      const members = values.declaration.children ?? [];
      const literals = members.map((member) => member.type);
      if (literals.length === 0 || !literals.every((literal) => literal instanceof LiteralType)) continue;
      context.project.removeReflection(values.declaration);
      type.typeArguments = [new UnionType(/** @type {LiteralType[]} */ (literals))];
    }
  });
}
