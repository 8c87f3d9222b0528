namespace DealRoom.Domain.Vision;

/// <summary>An element of the shared-vision map.</summary>
public sealed record VisionElement
{
    public required string Id { get; init; }
    public required VisionElementType Type { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The area of expertise the element calls for (e.g. "Finance", "Data migration").</summary>
    public string? Area { get; init; }

    /// <summary>Metrics only: today's value.</summary>
    public double? CurrentValue { get; init; }

    /// <summary>Metrics only: the value the customer aims for.</summary>
    public double? TargetValue { get; init; }

    /// <summary>Metrics only: the value measured after go-live.</summary>
    public double? MeasuredValue { get; init; }

    /// <summary>Metrics only: the unit of the values.</summary>
    public string? Unit { get; init; }

    /// <summary>Metrics only: who on the customer's side owns the metric.</summary>
    public string? Owner { get; init; }

    public double X { get; init; }
    public double Y { get; init; }
}
