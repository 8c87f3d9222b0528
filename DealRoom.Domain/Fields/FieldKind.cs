namespace DealRoom.Domain.Fields;

/// <summary>The type of a field's value, which decides how it is parsed, validated and written out.</summary>
public enum FieldKind
{
    Text,
    Integer,
    Number,
    Boolean,
    Enum,
    Date,
}
