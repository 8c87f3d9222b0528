using System.Globalization;
using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Fields;

/// <summary>
/// The editable fields of one kind of element. Field values travel as text (or null to clear), are parsed and
/// validated here, and come back in canonical form, so every replica applies exactly the same change.
/// </summary>
public sealed class FieldSet<T>
    where T : class
{
    private readonly Dictionary<string, FieldDefinition<T>> _fields = new(StringComparer.Ordinal);

    public FieldSet(string elementName)
    {
        ElementName = elementName;
    }

    /// <summary>The element's name in messages, e.g. "stakeholder".</summary>
    public string ElementName { get; }

    public IEnumerable<FieldDefinition<T>> All => _fields.Values;

    public FieldDefinition<T>? Find(string name) => _fields.GetValueOrDefault(name);

    public FieldSet<T> Text(string name, int maxLength, Func<T, string?> get, Func<T, string?, T> set, bool required = false)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Text, required, get, (entity, raw) =>
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return required
                    ? FieldWrite<T>.Fail(new RoomError(ErrorCodes.Required, $"The {ElementName}'s {name} is required.", name))
                    : FieldWrite<T>.Ok(set(entity, null), null);
            }

            if (value.Length > maxLength)
            {
                return FieldWrite<T>.Fail(new RoomError(
                    ErrorCodes.TooLong,
                    $"The {ElementName}'s {name} may be at most {maxLength:N0} characters (it has {value.Length:N0}).",
                    name));
            }

            return FieldWrite<T>.Ok(set(entity, value), value);
        }, Constraint: $"at most {maxLength:N0} characters"));
    }

    public FieldSet<T> Integer(string name, int min, int max, Func<T, int> get, Func<T, int, T> set)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Integer, true,
            e => get(e).ToString(CultureInfo.InvariantCulture),
            (entity, raw) => raw is null
                ? FieldWrite<T>.Fail(Missing(name))
                : ParseInteger(name, min, max, raw, out var value) is { } error
                    ? FieldWrite<T>.Fail(error)
                    : FieldWrite<T>.Ok(set(entity, value), value.ToString(CultureInfo.InvariantCulture)),
            Constraint: $"{min} to {max}"));
    }

    /// <summary>A whole number that may be left unset (null): an assessment nobody has made yet is not a value.</summary>
    public FieldSet<T> OptionalInteger(string name, int min, int max, Func<T, int?> get, Func<T, int?, T> set)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Integer, false,
            e => get(e)?.ToString(CultureInfo.InvariantCulture),
            (entity, raw) => raw is null
                ? FieldWrite<T>.Ok(set(entity, null), null)
                : ParseInteger(name, min, max, raw, out var value) is { } error
                    ? FieldWrite<T>.Fail(error)
                    : FieldWrite<T>.Ok(set(entity, value), value.ToString(CultureInfo.InvariantCulture)),
            Constraint: $"{min} to {max}, or null (not assessed)"));
    }

    public FieldSet<T> Number(string name, Func<T, double?> get, Func<T, double?, T> set)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Number, false,
            e => get(e) is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null,
            (entity, raw) =>
            {
                if (raw is null)
                {
                    return FieldWrite<T>.Ok(set(entity, null), null);
                }

                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    return FieldWrite<T>.Fail(Invalid(name, raw, "a finite number"));
                }

                if (Math.Abs(value) > 1e15)
                {
                    return FieldWrite<T>.Fail(new RoomError(
                        ErrorCodes.OutOfRange, $"The {ElementName}'s {name} must be within ±1e15.", name));
                }

                return FieldWrite<T>.Ok(set(entity, value), value.ToString("R", CultureInfo.InvariantCulture));
            }, Constraint: "a finite number within ±1e15, or null"));
    }

    public FieldSet<T> Boolean(string name, Func<T, bool> get, Func<T, bool, T> set)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Boolean, true,
            e => get(e) ? "true" : "false",
            (entity, raw) => raw switch
            {
                null => FieldWrite<T>.Fail(Missing(name)),
                "true" or "True" => FieldWrite<T>.Ok(set(entity, true), "true"),
                "false" or "False" => FieldWrite<T>.Ok(set(entity, false), "false"),
                _ => FieldWrite<T>.Fail(Invalid(name, raw, "true or false")),
            }));
    }

    public FieldSet<T> Enum<TEnum>(string name, Func<T, TEnum> get, Func<T, TEnum, T> set)
        where TEnum : struct, System.Enum
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Enum, true,
            e => get(e).ToString(),
            (entity, raw) => raw is null
                ? FieldWrite<T>.Fail(Missing(name))
                : ParseEnum<TEnum>(raw) is { } value
                    ? FieldWrite<T>.Ok(set(entity, value), value.ToString())
                    : FieldWrite<T>.Fail(Invalid(name, raw, "one of " + string.Join(", ", System.Enum.GetNames<TEnum>()))),
            System.Enum.GetNames<TEnum>()));
    }

    public FieldSet<T> OptionalEnum<TEnum>(string name, Func<T, TEnum?> get, Func<T, TEnum?, T> set)
        where TEnum : struct, System.Enum
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Enum, false,
            e => get(e)?.ToString(),
            (entity, raw) =>
            {
                if (raw is null)
                {
                    return FieldWrite<T>.Ok(set(entity, null), null);
                }

                return ParseEnum<TEnum>(raw) is { } value
                    ? FieldWrite<T>.Ok(set(entity, value), value.ToString())
                    : FieldWrite<T>.Fail(Invalid(name, raw, "one of " + string.Join(", ", System.Enum.GetNames<TEnum>())));
            },
            System.Enum.GetNames<TEnum>()));
    }

    public FieldSet<T> Date(string name, Func<T, DateOnly?> get, Func<T, DateOnly?, T> set)
    {
        return Add(new FieldDefinition<T>(name, FieldKind.Date, false,
            e => get(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (entity, raw) =>
            {
                if (raw is null)
                {
                    return FieldWrite<T>.Ok(set(entity, null), null);
                }

                if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                    || value.Year < 1900 || value.Year > 2200)
                {
                    return FieldWrite<T>.Fail(Invalid(name, raw, "a date as yyyy-MM-dd between 1900 and 2200"));
                }

                return FieldWrite<T>.Ok(set(entity, value), value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }, Constraint: "yyyy-MM-dd, or null"));
    }

    /// <summary>
    /// Applies every change to <paramref name="entity"/>, all or nothing. On success returns the updated element and
    /// the changes in canonical form.
    /// </summary>
    public (T? Entity, IReadOnlyDictionary<string, string?>? Canonical, RoomError? Error) Apply(
        T entity, IReadOnlyDictionary<string, string?> changes)
    {
        var current = entity;
        var canonical = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, raw) in changes)
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                return (null, null, new RoomError(
                    ErrorCodes.UnknownField, $"A {ElementName} has no field '{Shorten(name)}'.", Shorten(name)));
            }

            var write = field.Write(current, raw);
            if (write.Error is not null)
            {
                return (null, null, write.Error);
            }

            current = write.Value!;
            canonical[name] = write.Canonical;
        }

        return (current, canonical, null);
    }

    /// <summary>The element's fields as canonical text, every field included.</summary>
    public SortedDictionary<string, string?> ReadAll(T entity)
    {
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in _fields.Values)
        {
            values[field.Name] = field.Read(entity);
        }

        return values;
    }

    private FieldSet<T> Add(FieldDefinition<T> field)
    {
        _fields.Add(field.Name, field);
        return this;
    }

    // Null on a field that cannot be cleared is a missing value, whatever the field's type.
    private RoomError Missing(string name) =>
        new(ErrorCodes.Required, $"The {ElementName}'s {name} is required.", name);

    private RoomError Invalid(string name, string? raw, string expected) =>
        new(ErrorCodes.InvalidValue, $"The {ElementName}'s {name} must be {expected} (got '{Shorten(raw)}').", name);

    private RoomError? ParseInteger(string name, int min, int max, string raw, out int value)
    {
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return Invalid(name, raw, "a whole number");
        }

        return value < min || value > max
            ? new RoomError(ErrorCodes.OutOfRange, $"The {ElementName}'s {name} must be from {min} to {max} (got {value}).", name)
            : null;
    }

    private static TEnum? ParseEnum<TEnum>(string? raw)
        where TEnum : struct, System.Enum => EnumNames.Parse<TEnum>(raw);

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "…";
}
