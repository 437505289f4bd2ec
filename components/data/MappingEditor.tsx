import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../utils/io/csv-import';
import { STAGES, type Stage } from '../../utils/model/application';
import { SelectField } from '../common/Field';
import { STAGE_LABELS } from '../common/stage-labels';

const NOT_IMPORTED = '';

interface Props {
  headers: readonly string[];
  mapping: ColumnMapping;
  unknownStatuses: readonly string[];
  onChange: (mapping: ColumnMapping) => void;
}

/** Which column feeds which field, as guessed from the headers; the user can correct any of them. */
export function MappingEditor({ headers, mapping, unknownStatuses, onChange }: Props) {
  const columnOptions = [{ value: NOT_IMPORTED, label: '— not imported —' }, ...headers.map((header, index) => ({ value: String(index), label: header || `Column ${index + 1}` }))];
  const setColumn = (field: ImportField, value: string) => {
    const columns = { ...mapping.columns };
    if (value === NOT_IMPORTED) delete columns[field];
    else {
      // A column feeds one field: taking it here frees it elsewhere.
      for (const other of IMPORT_FIELDS) if (columns[other] === Number(value)) delete columns[other];
      columns[field] = Number(value);
    }
    onChange({ ...mapping, columns });
  };
  const setStage = (status: string, stage: string) => {
    onChange({ ...mapping, statusOverrides: { ...mapping.statusOverrides, [status]: stage as Stage } });
  };
  return (
    <fieldset className="mapping">
      <legend>Columns</legend>
      <div className="grid-2">
        {IMPORT_FIELDS.map((field) => (
          <SelectField key={field} label={FIELD_LABELS[field]} value={mapping.columns[field] === undefined ? NOT_IMPORTED : String(mapping.columns[field])}
            onChange={(value) => setColumn(field, value)} options={columnOptions} />
        ))}
      </div>
      {unknownStatuses.length > 0 ? (
        <>
          <p>Some statuses are new to Ajar. Choose where each one belongs:</p>
          <div className="grid-2">
            {unknownStatuses.map((status) => (
              <SelectField key={status} label={`“${status}”`} value={mapping.statusOverrides[status] ?? ''}
                onChange={(value) => setStage(status, value)}
                options={[{ value: '', label: 'Choose a stage' }, ...STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))]} />
            ))}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
