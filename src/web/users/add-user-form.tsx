import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../domain/org/types';
import { limits } from '../../shared/limits';
import { createUserInput } from '../../shared/users';
import { isApiError } from '../api/client';
import { roleLabels } from '../shell/modules';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useCreateUser } from './users-api';

type Field = 'name' | 'email' | 'role' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const EMPTY = { name: '', email: '', role: 'member' as Role, password: '' };

const FIELD_MESSAGES: Record<Field, string> = {
  name: 'Enter the person’s name.',
  email: 'Enter a valid e-mail address, like name@example.com.',
  role: 'Choose a role.',
  password: `Use at least ${limits.passwordMinLength} characters.`,
};

/** Checks the form with the same schema the server uses, with messages written for people. */
function validate(values: typeof EMPTY): FieldErrors {
  const result = createUserInput.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as Field | undefined;
    if (field && !errors[field]) errors[field] = FIELD_MESSAGES[field];
  }
  return errors;
}

export function AddUserForm() {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const createUser = useCreateUser();
  const toast = useToast();

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const found = validate(values);
    setErrors(found);
    const firstInvalid = (['name', 'email', 'role', 'password'] as const).find((field) => found[field]);
    if (firstInvalid) {
      document.getElementById(`new-user-${firstInvalid}`)?.focus();
      return;
    }
    createUser.mutate(
      { ...values, name: values.name.trim(), email: values.email.trim().toLowerCase() },
      {
        onSuccess: (user) => {
          setValues(EMPTY);
          toast({ message: `${user.name} can now sign in as ${roleLabels[user.role].toLowerCase()}.`, tone: 'success' });
        },
        onError: (error) => {
          if (isApiError(error, 'CONFLICT')) {
            setErrors({ email: 'A user with this e-mail already exists.' });
            document.getElementById('new-user-email')?.focus();
          } else {
            setFormError(errorText(error));
          }
        },
      },
    );
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `new-user-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form-grid" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input
          id="new-user-name"
          autoComplete="off"
          maxLength={limits.nameMaxLength}
          value={values.name}
          onChange={set('name')}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        <FieldError field="name" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">E-mail</label>
        <input
          id="new-user-email"
          type="email"
          autoComplete="off"
          maxLength={limits.emailMaxLength}
          value={values.email}
          onChange={set('email')}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
        />
        <FieldError field="email" message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={values.role} onChange={set('role')} aria-describedby={describedBy('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
        <FieldError field="role" message={errors.role} />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Password</label>
        <input
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          maxLength={limits.passwordMaxLength}
          value={values.password}
          onChange={set('password')}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password', 'new-user-password-hint')}
        />
        <p className="field__hint" id="new-user-password-hint">
          At least {limits.passwordMinLength} characters. Share it with the person safely.
        </p>
        <FieldError field="password" message={errors.password} />
      </div>
      {formError && (
        <p className="form-error form-grid__wide" role="alert">
          {formError}
        </p>
      )}
      <div className="form-grid__wide">
        <button type="submit" className="button button--primary" disabled={createUser.isPending}>
          {createUser.isPending ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}

function FieldError({ field, message }: { field: Field; message?: string }) {
  if (!message) return null;
  return (
    <p className="field__error" id={`new-user-${field}-error`}>
      {message}
    </p>
  );
}
