/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Integers that will have a value of 0 or more. */
  NonNegativeInt: { input: number; output: number; }
};

/** The Neo4j server and database this API reads from. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** Name of the database the API uses. */
  database: Scalars['String']['output'];
  /** Server edition: "community" or "enterprise". */
  edition: Scalars['String']['output'];
  /** Product name reported by the server, e.g. "Neo4j Kernel". */
  name: Scalars['String']['output'];
  /** Number of nodes in the database. */
  nodeCount: Scalars['NonNegativeInt']['output'];
  /** Number of relationships in the database. */
  relationshipCount: Scalars['NonNegativeInt']['output'];
  /** Neo4j server version, e.g. "5.26.30". */
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The Neo4j server and database behind this API, read live. */
  databaseInfo: DatabaseInfo;
};

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { databaseInfo: { name: string, edition: string, version: string, database: string, nodeCount: number, relationshipCount: number } };


export const DatabaseInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<DatabaseInfoQuery, DatabaseInfoQueryVariables>;