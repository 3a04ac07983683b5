import { QdaImportError } from './errors';
import { QDA_VARIABLE_TYPES } from './model';
import type { QdaValue, QdaVariable, QdaVariableType, QdaVariableValue } from './model';
import { assignDefined, childrenNamed, optionalText, requireAttribute, requireChild, requireGuid } from './read-helpers';
import type { XmlElement } from './safe-xml';
import { guidKey, isXsdDate, isXsdDateTime, parseXsdBoolean, parseXsdInteger } from './values';

export function readVariables(variablesElement: XmlElement | undefined): QdaVariable[] {
  if (variablesElement === undefined) return [];
  return childrenNamed(variablesElement, 'Variable').map((element) => {
    const type = requireAttribute(element, 'typeOfVariable').trim();
    if (!(QDA_VARIABLE_TYPES as readonly string[]).includes(type)) {
      throw new QdaImportError(
        'INVALID_VALUE',
        `${element.path}: typeOfVariable is "${type}"; it must be one of ${QDA_VARIABLE_TYPES.join(', ')}.`,
      );
    }
    const variable: QdaVariable = { guid: requireGuid(element), name: requireAttribute(element, 'name'), typeOfVariable: type as QdaVariableType };
    assignDefined(variable, 'description', optionalText(element, 'Description'));
    return variable;
  });
}

/** The `<VariableValue>` children of a case or source; each value must have its variable's type. */
export function readVariableValues(parent: XmlElement, variables: readonly QdaVariable[]): QdaVariableValue[] {
  const byGuid = new Map(variables.map((variable) => [guidKey(variable.guid), variable]));
  return childrenNamed(parent, 'VariableValue').map((element) => {
    const variableGuid = requireGuid(requireChild(element, 'VariableRef'), 'targetGUID');
    const variable = byGuid.get(guidKey(variableGuid));
    if (variable === undefined) {
      throw new QdaImportError('DANGLING_REFERENCE', `${element.path} refers to variable ${variableGuid}, which is not in the project.`);
    }
    const valueElement = element.children.find((child) => child.namespace === element.namespace && child.name.endsWith('Value'));
    if (valueElement === undefined) return { variableGuid, value: null };
    if (valueElement.name !== `${variable.typeOfVariable}Value`) {
      throw new QdaImportError(
        'INVALID_VALUE',
        `${valueElement.path} is a ${valueElement.name} but variable "${variable.name}" is of type ${variable.typeOfVariable}.`,
      );
    }
    return { variableGuid, value: parseValue(valueElement, variable) };
  });
}

function parseValue(element: XmlElement, variable: QdaVariable): QdaValue {
  const text = element.text;
  let value: QdaValue | undefined;
  switch (variable.typeOfVariable) {
    case 'Text':
      return text;
    case 'Boolean':
      value = parseXsdBoolean(text);
      break;
    case 'Integer':
      value = parseXsdInteger(text);
      break;
    case 'Float': {
      // xsd:decimal has no exponent, but some tools write one; a finite number is accepted either way.
      const parsed = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
      value = Number.isFinite(parsed) ? parsed : undefined;
      break;
    }
    case 'Date':
      value = isXsdDate(text.trim()) ? text.trim() : undefined;
      break;
    case 'DateTime':
      value = isXsdDateTime(text.trim()) ? text.trim() : undefined;
      break;
  }
  if (value === undefined) {
    throw new QdaImportError(
      'INVALID_VALUE',
      `${element.path}: "${text.slice(0, 60)}" is not a valid ${variable.typeOfVariable} for variable "${variable.name}".`,
    );
  }
  return value;
}
