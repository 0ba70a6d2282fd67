import ts from 'typescript'

/** Payload Local API methods that run access control when asked to. */
const localApiMethods = new Set([
  'count',
  'countVersions',
  'create',
  'delete',
  'duplicate',
  'find',
  'findByID',
  'findDistinct',
  'findGlobal',
  'findVersionByID',
  'findVersions',
  'restoreVersion',
  'update',
  'updateGlobal',
])

export type AccessViolation = { line: number; message: string; text: string }

const isPayloadObject = (expression: ts.Expression): boolean =>
  /(^|\.)payload$/.test(expression.getText())

/** The properties of an object literal, following `...name` to a `const name = { … }` here. */
const collectProperties = (
  literal: ts.ObjectLiteralExpression,
  source: ts.SourceFile,
): Map<string, string> => {
  const properties = new Map<string, string>()
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      const value = ts.isPropertyAssignment(property)
        ? property.initializer.getText(source)
        : property.name.getText(source)
      properties.set(property.name.getText(source), value)
    } else if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
      const declared = findObjectDeclaration(source, property.expression.text)
      if (declared)
        for (const [key, value] of collectProperties(declared, source)) properties.set(key, value)
    }
  }
  return properties
}

const findObjectDeclaration = (
  source: ts.SourceFile,
  name: string,
): null | ts.ObjectLiteralExpression => {
  let found: null | ts.ObjectLiteralExpression = null
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(source) === name &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      found = node.initializer
    }
    if (!found) ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** `overrideAccess: false`, or `!user` (no user: the system, as in the CLI). */
const isUserScoped = (overrideAccess: string | undefined, user: string): boolean =>
  overrideAccess === 'false' || overrideAccess === `!${user}`

/**
 * Local API calls that act for a user without that user's access: a call passing `user` must
 * also pass `overrideAccess: false` (Payload's default is true, which ignores the user), and
 * in request handlers (`isRequestHandler`) every call must pass it.
 */
export const findAccessViolations = ({
  fileName,
  isRequestHandler,
  text,
}: {
  fileName: string
  isRequestHandler: boolean
  text: string
}): AccessViolation[] => {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const violations: AccessViolation[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      localApiMethods.has(node.expression.name.text) &&
      isPayloadObject(node.expression.expression)
    ) {
      const [argument] = node.arguments
      const properties =
        argument && ts.isObjectLiteralExpression(argument)
          ? collectProperties(argument, source)
          : new Map<string, string>()
      const user = properties.get('user')
      const overrideAccess = properties.get('overrideAccess')
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      const snippet = node.getText(source).split('\n')[0] ?? ''
      if (user !== undefined && !isUserScoped(overrideAccess, user)) {
        violations.push({
          line,
          message: 'passes a user without overrideAccess: false',
          text: snippet,
        })
      } else if (isRequestHandler && user === undefined && overrideAccess !== 'false') {
        violations.push({
          line,
          message: 'runs in a request handler without the user and overrideAccess: false',
          text: snippet,
        })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return violations
}
