import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

/**
 * XSD validation of IATI activity files with libxml2 (the engine of `xmllint --schema`, here
 * compiled to WebAssembly). By default against Agglomera's schema of the part of IATI 2.03 that
 * the export writes (iati-activities-2.03-subset.xsd beside this file); an operator who has the
 * official IATI schema points AGGLOMERA_IATI_SCHEMA at its iati-activities-schema.xsd (with
 * iati-common.xsd and xml.xsd in the same folder, which it includes and imports).
 */
export const IATI_SUBSET_SCHEMA = fileURLToPath(
  new URL('./iati-activities-2.03-subset.xsd', import.meta.url),
);

export interface IatiSchemaProblem {
  line: number | null;
  message: string;
}

export interface IatiValidation {
  /** The schema file used. */
  schema: string;
  /** Whether it is the official IATI schema (set by the operator) or Agglomera's subset. */
  official: boolean;
  problems: IatiSchemaProblem[];
}

/** The schema in force: AGGLOMERA_IATI_SCHEMA when set, else the shipped subset. */
export const iatiSchemaPath = () => process.env.AGGLOMERA_IATI_SCHEMA?.trim() || IATI_SUBSET_SCHEMA;

let providersRegistered = false;
const validators = new Map<string, XsdValidator>();

async function validatorFor(schema: string): Promise<XsdValidator> {
  const known = validators.get(schema);
  if (known) return known;
  // Included and imported schema documents are read from the schema's folder.
  if (!providersRegistered) providersRegistered = xmlRegisterFsInputProviders();
  const xsd = XmlDocument.fromBuffer(await readFile(schema), { url: pathToFileURL(schema).href });
  try {
    const validator = XsdValidator.fromDoc(xsd);
    validators.set(schema, validator);
    return validator;
  } finally {
    xsd.dispose();
  }
}

const problemsOf = (e: unknown): IatiSchemaProblem[] =>
  e instanceof XmlLibError && e.details.length
    ? e.details.map((d) => ({ line: d.line || null, message: d.message.trim() }))
    : [{ line: null, message: (e as Error).message.trim() }];

/** Validates an IATI activity file; no problems means valid against the schema. */
export async function validateIati(
  xml: string | Uint8Array,
  schema: string = iatiSchemaPath(),
): Promise<IatiValidation> {
  const validator = await validatorFor(schema);
  const official = schema !== IATI_SUBSET_SCHEMA;
  let doc: XmlDocument;
  try {
    doc = typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
  } catch (e) {
    return {
      schema,
      official,
      problems: problemsOf(e).map((p) => ({ ...p, message: `not well-formed XML: ${p.message}` })),
    };
  }
  try {
    validator.validate(doc);
    return { schema, official, problems: [] };
  } catch (e) {
    return { schema, official, problems: problemsOf(e) };
  } finally {
    doc.dispose();
  }
}
