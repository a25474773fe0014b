// Where an import puts what is not config (adoption files, the summary): a dot folder inside
// the config folder, which the config loader skips. Shared by `import okta` and `import aws`.
export const IMPORT_DIR = '.import';
