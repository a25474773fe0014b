// A CloudFormation template as the review reads it: free-form JSON.
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation templates are free-form JSON
export type Template = { [key: string]: any };
