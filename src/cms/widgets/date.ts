/**
 * The CMS date field (`widget: uk-date`): one text box that reads DD/MM/YYYY and stores YYYY-MM-DD
 * (src/lib/cms/date-input.ts). It replaces Decap's datetime picker, which showed US-order dates, a UTC
 * label, and completed a year while it was being typed (1902 became 1907). What the editor typed stays in
 * the box as typed; below it the field says which day that is, or what is wrong.
 */
import { DATE_WIDGET_NAME } from '../../lib/cms/fields.ts';
import { dateProblem, readDateInput, showDate, storedValue } from '../../lib/cms/date-input.ts';
import { formatDateWithWeekday } from '../../lib/text/dates.ts';
import { createClass, h, type ControlProps, type ControlValidity } from '../decap.ts';

export { DATE_WIDGET_NAME };

interface State {
  typed: string;
}

interface Methods {
  isValid(): ControlValidity;
  handleChange(event: { target: { value: string } }): void;
}

export const DateControl = createClass<ControlProps, State, Methods>({
  getInitialState() {
    return { typed: showDate(this.props.value) };
  },
  componentDidUpdate() {
    // A value set from outside (a new entry's default, a draft reloaded) replaces the box; the editor's own
    // typing never does, because it stores exactly what storedValue() makes of the box.
    if (storedValue(this.state.typed) !== (this.props.value ?? ''))
      this.setState({ typed: showDate(this.props.value) });
  },
  handleChange(event) {
    const typed = event.target.value;
    this.setState({ typed });
    this.props.onChange(storedValue(typed));
  },
  isValid() {
    const problem = dateProblem(this.props.value);
    return problem ? { error: { message: problem } } : true;
  },
  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const input = readDateInput(this.state.typed);
    const hintId = `${forID}-reads-as`;
    return h(
      'div',
      { className: 'cms-date' },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        spellCheck: false,
        placeholder: 'DD/MM/YYYY',
        className: classNameWrapper,
        value: this.state.typed,
        'aria-describedby': hintId,
        'aria-invalid': input.kind === 'invalid' ? 'true' : undefined,
        onChange: this.handleChange,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
      h(
        'p',
        {
          id: hintId,
          className: `cms-date__reads-as${input.kind === 'invalid' ? ' cms-date__reads-as--problem' : ''}`,
        },
        input.kind === 'date'
          ? `Reads as ${formatDateWithWeekday(input.date)}`
          : input.kind === 'invalid'
            ? input.problem
            : 'Day, month and year, for example 27/03/2027',
      ),
    );
  },
});

export function DatePreview({ value }: { value: unknown }) {
  return h('span', null, typeof value === 'string' && readDateInput(value).kind === 'date' ? showDate(value) : '');
}
