namespace DealRoom.Domain.Rooms;

/// <summary>Limits for canvas positions.</summary>
public static class Coordinates
{
    public const double Limit = 1_000_000;

    public static bool AreValid(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x) <= Limit && Math.Abs(y) <= Limit;
}
