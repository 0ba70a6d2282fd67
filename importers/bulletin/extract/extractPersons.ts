import type { ParsedPerson } from '../types'

export const extractPersons = (_text: string): ParsedPerson[] => []
