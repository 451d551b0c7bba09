package dev.bubblerisk.report.graph;

import dev.bubblerisk.report.graph.GraphDrawing.Box;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedLink;
import dev.bubblerisk.report.graph.GraphDrawing.PlacedNode;
import dev.bubblerisk.report.graph.GraphDrawing.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a money-flow graph with the Eclipse Layout Kernel's layered (Sugiyama) algorithm:
 * value flows in layers (down or right), loops are broken by reversing as few arrows as possible,
 * crossings are minimised, arrows are routed orthogonally and their labels get room of their own.
 * The same graph always gives the same drawing (fixed seed, nodes and links in a stable order).
 */
public final class GraphLayout {

    static final double NODE_FONT = 13;
    static final double LABEL_FONT = 11;
    private static final double NODE_PADDING_X = 14;
    private static final double NODE_HEIGHT = 32;
    private static final double LABEL_PADDING_X = 4;
    private static final double LABEL_HEIGHT = 15;

    private GraphLayout() {
    }

    /**
     * Lays the graph out top to bottom and left to right, and keeps the narrower drawing: a page
     * scrolls down more easily than sideways. On equal widths, top to bottom.
     */
    public static GraphDrawing layout(MoneyGraph graph) {
        GraphDrawing down = layout(graph, Direction.DOWN);
        GraphDrawing right = layout(graph, Direction.RIGHT);
        return right.width() < down.width() ? right : down;
    }

    static GraphDrawing layout(MoneyGraph graph, Direction direction) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, direction);
        Map<String, ElkNode> boxes = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(node.id());
            box.setDimensions(Math.ceil(TextWidth.of(node.name(), NODE_FONT, true) + 2 * NODE_PADDING_X), NODE_HEIGHT);
            boxes.put(node.id(), box);
        }
        List<ElkEdge> arrows = new ArrayList<>();
        for (GraphLink link : graph.links()) {
            ElkEdge arrow = ElkGraphUtil.createSimpleEdge(boxes.get(link.from()), boxes.get(link.to()));
            ElkLabel label = ElkGraphUtil.createLabel(link.label(), arrow);
            label.setDimensions(Math.ceil(TextWidth.of(link.label(), LABEL_FONT, link.onLoop()) + 2 * LABEL_PADDING_X), LABEL_HEIGHT);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            arrows.add(arrow);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return drawing(graph, root, boxes, arrows);
    }

    private static void configure(ElkNode root, Direction direction) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
    }

    private static GraphDrawing drawing(MoneyGraph graph, ElkNode root, Map<String, ElkNode> boxes, List<ElkEdge> arrows) {
        List<PlacedNode> nodes = graph.nodes().stream()
                .map(node -> new PlacedNode(node, box(boxes.get(node.id()))))
                .toList();
        List<PlacedLink> links = new ArrayList<>();
        for (int i = 0; i < arrows.size(); i++) {
            ElkEdge arrow = arrows.get(i);
            links.add(new PlacedLink(graph.links().get(i), route(arrow), box(arrow.getLabels().get(0))));
        }
        return new GraphDrawing(root.getWidth(), root.getHeight(), nodes, links);
    }

    private static List<Point> route(ElkEdge arrow) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : arrow.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        return points;
    }

    private static Box box(ElkNode node) {
        return new Box(node.getX(), node.getY(), node.getWidth(), node.getHeight());
    }

    private static Box box(ElkLabel label) {
        return new Box(label.getX(), label.getY(), label.getWidth(), label.getHeight());
    }
}
