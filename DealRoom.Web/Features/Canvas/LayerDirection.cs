namespace DealRoom.Web.Features.Canvas;

/// <summary>Which way the layers of a <see cref="LayeredCardLayout"/> run: an edge's source comes before its target.</summary>
public enum LayerDirection
{
    TopToBottom,
    LeftToRight,
}
