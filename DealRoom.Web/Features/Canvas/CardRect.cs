namespace DealRoom.Web.Features.Canvas;

/// <summary>A card's rectangle in diagram coordinates (top-left corner and size).</summary>
public readonly record struct CardRect(double X, double Y, double Width, double Height)
{
    /// <summary>True when the two rectangles overlap or come closer than <paramref name="margin"/> to each other.</summary>
    public bool Crowds(CardRect other, double margin) =>
        X < other.X + other.Width + margin && other.X < X + Width + margin
        && Y < other.Y + other.Height + margin && other.Y < Y + Height + margin;

    /// <summary>True when <paramref name="other"/> lies wholly inside this rectangle.</summary>
    public bool Contains(CardRect other) =>
        other.X >= X && other.Y >= Y && other.X + other.Width <= X + Width && other.Y + other.Height <= Y + Height;
}
