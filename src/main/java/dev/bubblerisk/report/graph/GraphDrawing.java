package dev.bubblerisk.report.graph;

import java.util.List;

/**
 * A laid-out money-flow graph: where every company box, arrow and arrow label goes, in pixels
 * from the top-left corner.
 */
public record GraphDrawing(double width, double height, List<PlacedNode> nodes, List<PlacedLink> links) {

    public GraphDrawing {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** A company's box. */
    public record PlacedNode(GraphNode node, Box box) {
    }

    /** An arrow: the route from the sender's box to the receiver's (first point to last), and its label's box. */
    public record PlacedLink(GraphLink link, List<Point> route, Box label) {

        public PlacedLink {
            route = List.copyOf(route);
        }
    }

    public record Point(double x, double y) {
    }

    public record Box(double x, double y, double width, double height) {

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }
    }
}
